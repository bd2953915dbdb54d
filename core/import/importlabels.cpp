// SPDX-License-Identifier: MIT
#include "importlabels.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace Switchboard {
namespace {

// Lowercase ASCII letters and digits, runs of anything else as one dot.
QString slug(const QString& label)
{
    QString result;
    bool gap = false;
    for (const QChar c : label) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            if (gap && !result.isEmpty())
                result += u'.';
            result += c.toLower();
            gap = false;
        } else {
            gap = true;
        }
    }
    return result.left(48);
}

QString shortHash(const QString& label)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(label.toUtf8(), QCryptographicHash::Sha1).toHex().left(10));
}

// A slug that stands for the label alone: labels with letters outside ASCII
// would collide once reduced ("Иван 1" and "Пётр 1"), so they get a hash.
QString identifier(const QString& label, const QString& prefix)
{
    bool onlyAscii = true;
    for (const QChar c : label)
        onlyAscii = onlyAscii && (c.unicode() < 128 || !c.isLetter());
    const QString reduced = slug(label);
    if (onlyAscii && !reduced.isEmpty())
        return reduced;
    return prefix + u'.' + shortHash(label);
}

} // namespace

ImportPerson requesterFromLabel(const QString& label, const QString& source)
{
    static const QRegularExpression named(
        QStringLiteral(R"re(^\s*"?(.*?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*$)re"));
    static const QRegularExpression address(
        QStringLiteral(R"re(^[^@\s<>"]+@[^@\s<>"]+\.[^@\s<>"]+$)re"));
    const QString trimmed = label.trimmed();
    if (const auto match = named.match(trimmed); match.hasMatch()) {
        const QString email = match.captured(2).toLower();
        const QString name = match.captured(1).trimmed();
        return {name.isEmpty() ? email.section(u'@', 0, 0) : name, email};
    }
    if (address.match(trimmed).hasMatch())
        return {trimmed.section(u'@', 0, 0), trimmed.toLower()};
    // Mapping sources are [a-z0-9._-], all valid in a domain name but '_'.
    QString domain = source.toLower();
    domain.replace(u'_', u'-');
    if (domain.isEmpty())
        domain = QStringLiteral("import");
    return {trimmed, QStringLiteral("%1@%2.invalid")
                         .arg(identifier(trimmed, QStringLiteral("customer")), domain)};
}

QString agentLoginFromLabel(const QString& label)
{
    static const QRegularExpression login(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    const QString trimmed = label.trimmed();
    if (login.match(trimmed).hasMatch())
        return trimmed;
    return identifier(trimmed, QStringLiteral("agent"));
}

} // namespace Switchboard
