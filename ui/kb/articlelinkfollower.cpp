// SPDX-License-Identifier: MIT
#include "articlelinkfollower.h"

#include "common/uilogging.h"
#include "kb/articlesuggester.h"

#include <QCursor>
#include <QDesktopServices>
#include <QTextBrowser>
#include <QToolTip>

namespace Switchboard {

ArticleLinkFollower::ArticleLinkFollower(QTextBrowser* browser)
    : QObject(browser)
    , m_browser(browser)
{
    browser->setOpenLinks(false);
    connect(browser, &QTextBrowser::anchorClicked, this, &ArticleLinkFollower::follow);
    // Where a link leads is shown before it is clicked, as a browser does.
    connect(browser, &QTextBrowser::highlighted, this, [this](const QUrl& link) {
        if (link.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(QCursor::pos(), describe(link), m_browser);
    });
}

qint64 ArticleLinkFollower::classify(const QUrl& link)
{
    if (const qint64 id = ArticleSuggester::linkedArticleId(link))
        return id;
    const QString scheme = link.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
        scheme == QLatin1String("mailto"))
        return 0;
    return -1;
}

QString ArticleLinkFollower::describe(const QUrl& link)
{
    const qint64 kind = classify(link);
    if (kind > 0)
        return tr("Open article #%1 in the knowledge base").arg(kind);
    if (kind == 0)
        return link.toDisplayString();
    return tr("This link is not opened: %1").arg(link.toDisplayString());
}

void ArticleLinkFollower::follow(const QUrl& link)
{
    const qint64 kind = classify(link);
    if (kind > 0) {
        emit articleRequested(kind);
    } else if (kind == 0) {
        if (!QDesktopServices::openUrl(link))
            qCWarning(lcUi) << "the desktop could not open" << link.toDisplayString();
    } else {
        qCInfo(lcUi) << "not following a link of scheme" << link.scheme();
    }
}

} // namespace Switchboard
