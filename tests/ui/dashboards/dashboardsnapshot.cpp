// SPDX-License-Identifier: MIT
// dashboard_snapshot: renders the dashboard of a database into a PNG and
// says how long the report and the trend took. A developer tool, not a test:
//
//   switchboard-cli --db /tmp/dash.sqlite demo --tickets 20000
//   QT_QPA_PLATFORM=offscreen dashboard_snapshot --db /tmp/dash.sqlite --out /tmp/dashboard.png
//       [--period week|7|30|quarter] [--business] [--size 1400x1500] [--dark]   (one line)
#include "common/clock.h"
#include "dashboards/dashboardview.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPalette>
#include <QScrollArea>
#include <QSignalSpy>

#include <cstdio>

using namespace Switchboard;

namespace {

void say(const QString& text)
{
    std::fprintf(stdout, "%s\n", qPrintable(text));
    std::fflush(stdout);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2B, 0x2B, 0x2B));
    p.setColor(QPalette::WindowText, QColor(0xE6, 0xE6, 0xE6));
    p.setColor(QPalette::Base, QColor(0x1F, 0x1F, 0x1F));
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    p.setColor(QPalette::Text, QColor(0xE6, 0xE6, 0xE6));
    p.setColor(QPalette::Button, QColor(0x3A, 0x3A, 0x3A));
    p.setColor(QPalette::ButtonText, QColor(0xE6, 0xE6, 0xE6));
    p.setColor(QPalette::Highlight, QColor(0x2F, 0x6F, 0xB0));
    return p;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database file."),
                                QStringLiteral("path"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("PNG to write."),
                                 QStringLiteral("path"), QStringLiteral("dashboard.png"));
    const QCommandLineOption period(QStringLiteral("period"),
                                    QStringLiteral("week, 7, 30 (default) or quarter."),
                                    QStringLiteral("period"), QStringLiteral("30"));
    const QCommandLineOption business(QStringLiteral("business"),
                                      QStringLiteral("Business hours."));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size WxH."),
                                  QStringLiteral("size"), QStringLiteral("1400x1500"));
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("A dark palette."));
    parser.addOptions({db, out, period, business, size, dark});
    parser.process(app);

    auto database = Database::open(parser.value(db));
    if (!database) {
        say(database.error().toString());
        return 1;
    }
    if (parser.isSet(dark))
        QApplication::setPalette(darkPalette());
    DashboardView view(database.value(), Clock::system());
    const QString kind = parser.value(period);
    view.setPeriodKind(kind == u"week"      ? DashboardPeriod::Kind::ThisWeek
                       : kind == u"7"       ? DashboardPeriod::Kind::Last7Days
                       : kind == u"quarter" ? DashboardPeriod::Kind::ThisQuarter
                                            : DashboardPeriod::Kind::Last30Days);
    view.setBusinessHours(parser.isSet(business));
    const QStringList wh = parser.value(size).split(u'x');
    view.resize(wh.value(0).toInt(), wh.value(1).toInt());

    QSignalSpy reported(&view, &DashboardView::reportShown);
    QSignalSpy trended(&view, &DashboardView::trendShown);
    QElapsedTimer timer;
    timer.start();
    view.show();
    if (!reported.wait(60000)) {
        say(QStringLiteral("no report within a minute"));
        return 1;
    }
    say(QStringLiteral("report shown after %1 ms").arg(timer.elapsed()));
    if (!view.isShowingEmptyState() && !trended.wait(120000)) {
        say(QStringLiteral("no trend within two minutes"));
        return 1;
    }
    say(QStringLiteral("trend shown after %1 ms").arg(timer.elapsed()));
    QApplication::processEvents();
    // The window as the user sees it, and the export of the whole dashboard.
    if (!view.grab().save(parser.value(out))) {
        say(QStringLiteral("could not write %1").arg(parser.value(out)));
        return 1;
    }
    QString full = parser.value(out);
    full.replace(QStringLiteral(".png"), QStringLiteral("-export.png"));
    if (auto exported = view.exportPng(full); !exported) {
        say(exported.error().toString());
        return 1;
    }
    say(QStringLiteral("wrote %1 and %2").arg(parser.value(out), full));
    return 0;
}
