// SPDX-License-Identifier: MIT
#include "slanotifier.h"

#include "slapresentation.h"
#include "uilogging.h"

#include <QSettings>
#include <QSystemTrayIcon>

#include <tuple>
#include <utility>

namespace Switchboard {
namespace {

const QString kMuteKey = QStringLiteral("notifications/muteUntil");

int severity(SlaCrossing::Kind kind)
{
    return kind == SlaCrossing::Kind::Breach ? 2 : kind == SlaCrossing::Kind::Warning ? 1 : 0;
}

SlaState stateOf(SlaCrossing::Kind kind)
{
    return kind == SlaCrossing::Kind::Breach ? SlaState::Breached : SlaState::Warning;
}

QString titleOf(SlaCrossing::Kind kind)
{
    return kind == SlaCrossing::Kind::Breach ? SlaNotifier::tr("SLA breached")
                                             : SlaNotifier::tr("SLA warning");
}

QString lineOf(const PendingSlaCrossing& pending)
{
    return SlaNotifier::tr("#%1 %2 \u2014 %3")
        .arg(QString::number(pending.ticketId), pending.subject,
             SlaPresentation::crossingText(pending.crossing.metric, pending.crossing.kind));
}

} // namespace

SlaNotifier::SlaNotifier(QSystemTrayIcon* tray, QObject* parent)
    : SlaNotifier(tray, Clock::system(), parent)
{}

SlaNotifier::SlaNotifier(QSystemTrayIcon* tray, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_tray(tray)
{
    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, &SlaNotifier::flush);
    if (tray)
        connect(tray, &QSystemTrayIcon::messageClicked, this, &SlaNotifier::openLastMessage);
    bool ok = false;
    const qint64 until = QSettings().value(kMuteKey).toLongLong(&ok);
    if (ok && until > m_clock.nowMs())
        m_muteUntil = until;
}

void SlaNotifier::muteFor(qint64 ms)
{
    if (ms <= 0) {
        unmute();
        return;
    }
    m_muteUntil = m_clock.nowMs() + ms;
    QSettings().setValue(kMuteKey, *m_muteUntil);
    // What the throttle holds would otherwise pop up right after muting.
    m_held.clear();
    m_throttle.stop();
}

void SlaNotifier::unmute()
{
    m_muteUntil.reset();
    QSettings().remove(kMuteKey);
}

bool SlaNotifier::isMuted() const
{
    return m_muteUntil && m_clock.nowMs() < *m_muteUntil;
}

std::optional<qint64> SlaNotifier::mutedUntil() const
{
    return isMuted() ? m_muteUntil : std::nullopt;
}

void SlaNotifier::markSeen()
{
    if (m_unseen == 0)
        return;
    m_unseen = 0;
    emit unseenChanged(0);
}

SlaNotifier::Audience SlaNotifier::audienceOf(const PendingSlaCrossing& pending) const
{
    if (pending.crossing.kind == SlaCrossing::Kind::Goal)
        return Audience::None;
    if (m_agent != 0 && pending.assigneeId == m_agent)
        return Audience::Mine;
    if (pending.crossing.kind == SlaCrossing::Kind::Breach && pending.groupId != 0 &&
        m_leadGroups.contains(pending.groupId))
        return Audience::Lead;
    return Audience::None;
}

bool SlaNotifier::take(const PendingSlaCrossing& pending)
{
    if (audienceOf(pending) == Audience::None)
        return false;
    if (pending.crossing.kind == SlaCrossing::Kind::Breach) {
        ++m_unseen;
        emit unseenChanged(m_unseen);
    }
    return true;
}

void SlaNotifier::onCrossed(const PendingSlaCrossing& pending)
{
    if (pending.crossing.kind == SlaCrossing::Kind::Goal)
        return;
    if (!m_caughtUp) {
        // Who hears of what is decided at caughtUp(): the agent and the lead
        // groups may be set while the monitor is still catching up.
        m_atStart.append(pending);
        return;
    }
    if (!take(pending) || isMuted())
        return;
    m_held.append(pending);
    const qint64 now = m_clock.nowMs();
    if (!m_lastShownAt || now - *m_lastShownAt >= kThrottleMs || now < *m_lastShownAt) {
        flush();
        return;
    }
    if (!m_throttle.isActive())
        m_throttle.start(int(*m_lastShownAt + kThrottleMs - now));
}

void SlaNotifier::onCaughtUp(int reportedAtStart)
{
    if (m_caughtUp)
        return;
    m_caughtUp = true;
    QList<PendingSlaCrossing> relevant;
    for (const PendingSlaCrossing& pending : std::as_const(m_atStart)) {
        if (take(pending))
            relevant.append(pending);
    }
    m_atStart.clear();
    qCDebug(lcUi) << "SLA caught up:" << reportedAtStart << "crossings reported," << relevant.size()
                  << "concern this user";
    if (relevant.isEmpty() || isMuted())
        return;
    if (relevant.size() == 1)
        showMerged(relevant);
    else
        showSummary(relevant);
}

void SlaNotifier::flush()
{
    m_throttle.stop();
    if (m_held.isEmpty())
        return;
    const QList<PendingSlaCrossing> held = std::exchange(m_held, {});
    if (!isMuted())
        showMerged(held);
}

void SlaNotifier::openLastMessage()
{
    if (m_last.ticketId != 0)
        emit ticketActivated(m_last.ticketId);
}

// The one message for several crossings names the one that matters most:
// a breach before a warning, the user's own ticket before a group's, then
// the latest.
void SlaNotifier::showMerged(const QList<PendingSlaCrossing>& crossings)
{
    const PendingSlaCrossing* lead = &crossings.first();
    auto rank = [this](const PendingSlaCrossing& p) {
        return std::tuple(severity(p.crossing.kind), int(audienceOf(p)), p.crossing.atMs);
    };
    for (const PendingSlaCrossing& pending : crossings) {
        if (rank(pending) >= rank(*lead))
            lead = &pending;
    }
    Notification notification;
    notification.title = titleOf(lead->crossing.kind);
    notification.text = lineOf(*lead);
    if (crossings.size() > 1)
        notification.text += u'\n' + tr("and %n more", "SLA crossings", int(crossings.size() - 1));
    notification.ticketId = lead->ticketId;
    show(notification, stateOf(lead->crossing.kind));
}

void SlaNotifier::showSummary(const QList<PendingSlaCrossing>& crossings)
{
    const PendingSlaCrossing* lead = nullptr;
    int mine = 0;
    bool breach = false;
    for (const PendingSlaCrossing& pending : crossings) {
        breach = breach || pending.crossing.kind == SlaCrossing::Kind::Breach;
        if (audienceOf(pending) != Audience::Mine)
            continue;
        ++mine;
        if (!lead || severity(pending.crossing.kind) >= severity(lead->crossing.kind))
            lead = &pending;
    }
    // Never fewer than two: a single crossing is shown as itself.
    const int total = int(crossings.size());
    Notification notification;
    notification.title = tr("SLA while Switchboard was closed");
    if (mine == total) {
        notification.text = tr("%n SLA deadlines of your tickets passed while Switchboard "
                               "was closed",
                               nullptr, total);
    } else {
        notification.text =
            tr("%n SLA deadlines passed while Switchboard was closed", nullptr, total);
        if (mine > 0) {
            notification.text =
                tr("%1; %2", "deadlines passed; how many are yours")
                    .arg(notification.text, tr("%n of them on your tickets", nullptr, mine));
        }
    }
    // A click opens the most pressing of the user's own tickets; a summary
    // of others' tickets has no single ticket to open.
    notification.ticketId = lead ? lead->ticketId : 0;
    show(notification, breach ? SlaState::Breached : SlaState::Warning);
}

void SlaNotifier::show(const Notification& notification, SlaState state)
{
    m_last = notification;
    m_lastShownAt = m_clock.nowMs();
    if (m_tray && QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(notification.title, notification.text, SlaPresentation::icon(state));
    emit notified(notification.title, notification.text);
}

} // namespace Switchboard
