// SPDX-License-Identifier: MIT
#include "ticketslaview.h"

#include "common/slapresentation.h"
#include "common/uilogging.h"
#include "slatimelinebar.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace Switchboard {
namespace {

const QString kSeparator = QStringLiteral(" \u00b7 ");

QLabel* smallLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// Only the text role is set, so the rest still follows a palette change
// (light to dark); an invalid colour goes back to the inherited text.
void setTextColor(QLabel* label, const QColor& color)
{
    QPalette palette;
    if (color.isValid())
        palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

QString lowerCase(const QString& text)
{
    return QLocale().toLower(text);
}

// Whether every day is open all day: "business hours" would then mislead.
bool roundTheClock(const BusinessCalendar& calendar)
{
    const BusinessCalendar::Rules& rules = calendar.rules();
    if (!rules.holidays.isEmpty() || !rules.dateHours.isEmpty())
        return false;
    return std::all_of(rules.week.cbegin(), rules.week.cend(), [](const auto& day) {
        return day.size() == 1 && day.first().startSecond == 0 && day.first().endSecond == 86400;
    });
}

} // namespace

TicketSlaView::TicketSlaView(SlaService* sla, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_sla(sla)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("ticketSla"));
    setAccessibleName(tr("SLA"));
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &TicketSlaView::refresh);

    auto* title = new QLabel(tr("SLA"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_policy = new QLabel(this);
    m_policy->setObjectName(QStringLiteral("slaPolicy"));
    m_policy->setForegroundRole(QPalette::PlaceholderText);
    m_policy->setTextFormat(Qt::PlainText);
    m_policy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* header = new QHBoxLayout;
    header->setSpacing(8);
    header->addWidget(title);
    header->addWidget(m_policy, 1);

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("slaNone"));
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setWordWrap(true);

    m_body = new QWidget(this);
    auto* grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(0);
    grid->setColumnStretch(2, 1);
    for (int i = 0; i < kSlaMetricCount; ++i) {
        const auto metric = SlaMetric(i);
        const QString key = toKey(metric);
        MetricRow& row = m_rows[size_t(i)];
        row.icon = new QLabel(m_body);
        row.icon->setFixedSize(16, 16);
        row.name = new QLabel(displayName(metric), m_body);
        row.state = new QLabel(m_body);
        row.state->setObjectName(QStringLiteral("slaState_%1").arg(key));
        row.countdown = new QLabel(m_body);
        row.countdown->setObjectName(QStringLiteral("slaCountdown_%1").arg(key));
        row.countdown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.details = smallLabel(m_body);
        row.details->setObjectName(QStringLiteral("slaDetails_%1").arg(key));
        // The gap goes above each row, as the details line under it may be hidden.
        for (QLabel* label : {row.name, row.state, row.countdown})
            label->setContentsMargins(0, 4, 0, 0);
        grid->addWidget(row.icon, 2 * i, 0, Qt::AlignBottom);
        grid->addWidget(row.name, 2 * i, 1);
        grid->addWidget(row.state, 2 * i, 2);
        grid->addWidget(row.countdown, 2 * i, 3);
        grid->addWidget(row.details, 2 * i + 1, 1, 1, 3);
    }

    m_timeline = new SlaTimelineBar(m_body);
    m_timeline->setObjectName(QStringLiteral("slaTimeline"));
    m_timeline->setAccessibleName(tr("SLA timeline"));
    m_periodsLabel = smallLabel(m_body);
    m_periodsLabel->setObjectName(QStringLiteral("slaPeriods"));
    m_periodsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_morePeriods = smallLabel(m_body);
    m_morePeriods->setObjectName(QStringLiteral("slaMorePeriods"));
    m_morePeriods->setTextFormat(Qt::RichText);
    m_morePeriods->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                           Qt::LinksAccessibleByKeyboard);
    connect(m_morePeriods, &QLabel::linkActivated, this, [this] {
        m_periodsExpanded = !m_periodsExpanded;
        fillTimeline(m_clock.nowMs());
    });

    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(2);
    body->addLayout(grid);
    body->addWidget(m_timeline);
    body->addWidget(m_morePeriods);
    body->addWidget(m_periodsLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 4);
    layout->setSpacing(3);
    layout->addLayout(header);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_body);
    clear();
}

void TicketSlaView::clear()
{
    m_timer.stop();
    m_ticketSla.reset();
    m_periods.clear();
    m_policy->clear();
    m_policy->setToolTip({});
    m_placeholder->hide();
    m_body->hide();
}

void TicketSlaView::showPlaceholder(const QString& text)
{
    clear();
    m_placeholder->setText(text);
    m_placeholder->show();
    m_body->hide();
}

void TicketSlaView::showTicket(const TicketDetail& detail)
{
    const TicketId id = detail.ticket.id;
    auto sla = m_sla->ticketSla(id);
    if (!sla && sla.error().kind != ErrorKind::NotFound) {
        qCWarning(lcUi) << "cannot read the SLA of ticket" << id << sla.error().toString();
        showPlaceholder(tr("The SLA cannot be shown: %1").arg(sla.error().message));
        return;
    }
    if (!sla || !sla->hasPolicy()) {
        showPlaceholder(tr("No SLA policy applies to this ticket"));
        return;
    }
    const BusinessCalendar* calendar = calendarFor(*sla);
    if (!calendar) {
        showPlaceholder(tr("The SLA cannot be shown: calendar %1 is missing").arg(sla->calendar));
        return;
    }
    m_ticketSla = sla.value();
    m_calendar = *calendar;

    // The policy may have been renamed or removed since; the stored SLA
    // still stands, only whether on hold paused it is then unknown.
    bool pauseOnHold = false;
    bool policyKnown = false;
    if (auto policies = m_sla->config().policies()) {
        for (const SlaPolicy& policy : policies->policies()) {
            if (policy.name == m_ticketSla->policy) {
                pauseOnHold = policy.pauseOnHold;
                policyKnown = true;
                break;
            }
        }
    } else {
        qCWarning(lcUi) << "cannot read SLA policies" << policies.error().toString();
    }
    m_periods = slaTimeline(detail.ticket, detail.events, pauseOnHold);
    m_periodsExpanded = false;

    m_calendarText = calendarExplanation(m_ticketSla->calendar, m_calendar);
    QString pauses = tr("The clock pauses while the ticket is pending.");
    if (pauseOnHold)
        pauses = tr("The clock pauses while the ticket is pending or on hold.");
    else if (!policyKnown)
        pauses = tr("Policy %1 no longer exists; its SLA is shown as it was measured.")
                     .arg(m_ticketSla->policy);
    m_calendarText += u'\n' + pauses;
    m_policy->setText(m_ticketSla->policy + kSeparator + m_ticketSla->calendar);
    m_policy->setToolTip(m_calendarText);
    m_placeholder->hide();
    m_body->show();
    refresh();
}

const BusinessCalendar* TicketSlaView::calendarFor(const TicketSla& sla)
{
    // A stored calendar may have been edited since it was loaded; the edit
    // recomputes open tickets, so an SLA computed after the load may use a
    // newer one. Built-ins never change.
    auto cached = m_calendars.find(sla.calendar);
    const bool builtin = sla.calendar.startsWith(QLatin1String("builtin:"));
    if (cached != m_calendars.end() && (builtin || sla.computedAt < cached->loadedAt))
        return &cached->calendar;
    const qint64 now = m_clock.nowMs();
    auto calendar = m_sla->config().calendar(sla.calendar);
    if (!calendar) {
        qCWarning(lcUi) << "cannot load calendar" << sla.calendar << calendar.error().toString();
        return nullptr;
    }
    cached = m_calendars.insert(sla.calendar, {calendar.value(), now});
    return &cached->calendar;
}

QString TicketSlaView::calendarExplanation(const QString& spec,
                                           const BusinessCalendar& calendar) const
{
    if (roundTheClock(calendar))
        return tr("Calendar %1: the clock runs around the clock, every day.").arg(spec);
    const QString zone = QString::fromUtf8(calendar.timeZone().id());
    const BusinessCalendar::Rules& rules = calendar.rules();
    if (rules.holidays.isEmpty())
        return tr("Business hours of %1 (%2).").arg(spec, zone);
    return tr("Business hours of %1 (%2); holidays excluded.").arg(spec, zone);
}

void TicketSlaView::refresh()
{
    if (!m_ticketSla)
        return;
    const qint64 now = m_clock.nowMs();
    bool counting = false;
    for (int i = 0; i < kSlaMetricCount; ++i) {
        fillRow(SlaMetric(i), now);
        const SlaPhase phase = m_ticketSla->state.metrics[size_t(i)].phase;
        counting = counting || phase == SlaPhase::Running || phase == SlaPhase::Paused;
    }
    fillTimeline(now);
    if (counting && !m_timer.isActive())
        m_timer.start();
    else if (!counting)
        m_timer.stop();
}

void TicketSlaView::fillRow(SlaMetric metric, qint64 nowMs)
{
    MetricRow& row = m_rows[size_t(metric)];
    const SlaMetricState state = m_ticketSla->metricAt(metric, nowMs, m_calendar);
    const bool shown = state.target.has_value();
    for (QLabel* label : {row.icon, row.name, row.state, row.countdown, row.details})
        label->setVisible(shown);
    if (!shown)
        return;

    const QColor color = SlaPresentation::color(state.state);
    row.icon->setPixmap(
        SlaPresentation::icon(state.state).pixmap(QSize(16, 16), devicePixelRatioF()));
    row.state->setText(state.phase == SlaPhase::Inactive ? tr("not started")
                                                         : displayName(state.state));
    setTextColor(row.state, color);

    QStringList details;
    auto at = [nowMs](qint64 ms) { return SlaPresentation::wallClockNear(ms, nowMs); };
    switch (state.phase) {
    case SlaPhase::Inactive:
        // The tooltip says when it starts; a line for it would be noise.
        row.countdown->clear();
        break;
    case SlaPhase::Running:
    case SlaPhase::Paused:
        row.countdown->setText(SlaPresentation::timeLeft(state.secondsLeft));
        if (state.goalDueAt && state.limitDueAt &&
            state.target->goalSeconds < state.target->limitSeconds)
            details << tr("goal %1").arg(at(*state.goalDueAt))
                    << tr("limit %1").arg(at(*state.limitDueAt));
        else if (state.limitDueAt)
            details << tr("due %1").arg(at(*state.limitDueAt));
        // While running, the limit already says when it was breached.
        if (state.breachedAt && !state.limitDueAt)
            details << tr("breached %1").arg(at(*state.breachedAt));
        break;
    case SlaPhase::Finished:
        row.countdown->setText(tr("in %1").arg(SlaPresentation::duration(state.elapsedSeconds)));
        if (state.metAt)
            details << tr("met %1").arg(at(*state.metAt));
        if (state.breachedAt)
            details << tr("breached %1").arg(at(*state.breachedAt));
        break;
    }
    if (state.pausedSeconds > 0)
        details << tr("paused %1").arg(SlaPresentation::duration(state.pausedSeconds));
    if (metric == SlaMetric::NextResponse && state.cycle > 1)
        details << tr("follow-up %1").arg(state.cycle);
    setTextColor(row.countdown,
                 state.secondsLeft < 0 && state.phase != SlaPhase::Finished ? color : QColor());
    row.details->setText(details.join(kSeparator));
    row.details->setVisible(!details.isEmpty());

    const SlaTarget& target = *state.target;
    QString tip =
        target.goalSeconds == target.limitSeconds
            ? tr("Target: %1 business time").arg(SlaPresentation::duration(target.limitSeconds))
            : tr("Target: goal %1, limit %2 business time")
                  .arg(SlaPresentation::duration(target.goalSeconds),
                       SlaPresentation::duration(target.limitSeconds));
    if (state.phase == SlaPhase::Inactive && metric == SlaMetric::NextResponse)
        tip += u'\n' + tr("Starts with the customer's next message after a reply.");
    tip += u'\n' + m_calendarText;
    for (QLabel* label : {row.icon, row.name, row.state, row.countdown, row.details})
        label->setToolTip(tip);
    row.icon->setAccessibleName(displayName(state.state));
}

QString TicketSlaView::periodLabel(const SlaPeriod& period, qint64 nowMs) const
{
    const QString status = lowerCase(displayName(period.status));
    QString what;
    switch (period.kind) {
    case SlaPeriod::Running:
        // Running on hold says why on hold did not pause the clock.
        what = period.status == TicketStatus::OnHold ? tr("Running \u00b7 %1").arg(status)
                                                     : tr("Running");
        break;
    case SlaPeriod::Paused:
        what = tr("Paused \u00b7 %1").arg(status);
        break;
    case SlaPeriod::Stopped:
        what = tr("Stopped \u00b7 %1").arg(status);
        break;
    }
    const QString from = SlaPresentation::wallClockNear(period.startMs, nowMs);
    if (period.endMs) {
        return tr("%1 %2\u2013%3", "period: what, from, until")
            .arg(what, from, SlaPresentation::wallClockNear(*period.endMs, period.startMs));
    }
    if (period.kind == SlaPeriod::Stopped)
        return tr("%1 %2", "period: what, since when").arg(what, from);
    return tr("%1 since %2", "period: what, since when").arg(what, from);
}

void TicketSlaView::fillTimeline(qint64 nowMs)
{
    QStringList labels;
    for (const SlaPeriod& period : std::as_const(m_periods))
        labels.append(periodLabel(period, nowMs));
    m_timeline->setPeriods(m_periods, labels, nowMs);
    m_timeline->setVisible(!m_periods.isEmpty());
    m_timeline->setAccessibleDescription(labels.join(QStringLiteral("; ")));

    // A ticket bounced between pending and open many times would push the
    // conversation out of sight; the latest periods matter most.
    const qsizetype hidden =
        m_periodsExpanded ? 0 : std::max<qsizetype>(0, labels.size() - kShownPeriods);
    if (labels.size() > kShownPeriods) {
        const QString link = m_periodsExpanded
                                 ? tr("Show only the latest periods")
                                 : tr("Show %n earlier period(s)", nullptr, int(hidden));
        m_morePeriods->setText(
            QStringLiteral("<a href=\"#periods\">%1</a>").arg(link.toHtmlEscaped()));
        m_morePeriods->show();
    } else {
        m_morePeriods->hide();
    }
    m_periodsLabel->setText(labels.mid(hidden).join(u'\n'));
    m_periodsLabel->setVisible(!labels.isEmpty());
}

} // namespace Switchboard
