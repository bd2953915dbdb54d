// SPDX-License-Identifier: MIT
#include "kbmarkdownio.h"

#include "articlerepository.h"
#include "common/tr.h"
#include "tickets/ticketrepository.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QStringDecoder>

#include <algorithm>

namespace Switchboard {
namespace {

// Files between two progress reports: often enough for a smooth bar, rarely
// enough that signalling the UI costs nothing next to parsing.
constexpr int kProgressEvery = 16;

Error cancelledImport()
{
    return Error{ErrorKind::Runtime, Tr::tr("the import was cancelled; nothing was written")};
}

// Longest slug in an exported file name, so names stay readable everywhere.
constexpr int kMaxSlugLength = 48;

struct ParsedFile
{
    QString path; // relative to the import folder, with '/'
    Article article;
    int idLine = 0;
    QString categoryPath;
    QString authorLogin;
    int authorLine = 0;
    QString translationRef;
    int translationLine = 0;
};

Error badInput(const QString& path, int line, const QString& message)
{
    return Error{ErrorKind::BadInput, message,
                 line > 0 ? QStringLiteral("%1:%2").arg(path).arg(line) : path};
}

// A value as written: trimmed, or the inside of double quotes.
Result<QString> plainValue(const QString& raw, const QString& key)
{
    const QString value = raw.trimmed();
    if (!value.startsWith(QLatin1Char('"')))
        return value;
    QString out;
    for (qsizetype i = 1; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            out.append(value.at(++i));
        } else if (c == QLatin1Char('"')) {
            if (i + 1 != value.size())
                return Error{ErrorKind::BadInput,
                             Tr::tr("%1: text after the closing quote").arg(key)};
            return out;
        } else {
            out.append(c);
        }
    }
    return Error{ErrorKind::BadInput, Tr::tr("%1: the quote is not closed").arg(key)};
}

QString quotedValue(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// "[a, b]" or "a, b" -> "a,b", the stored form.
Result<QString> tagsValue(const QString& raw)
{
    QString value = raw.trimmed();
    if (value.startsWith(QLatin1Char('['))) {
        if (!value.endsWith(QLatin1Char(']')))
            return Error{ErrorKind::BadInput, Tr::tr("tags: the list is not closed by ]")};
        value = value.mid(1, value.size() - 2);
    }
    QStringList tags;
    for (const QString& part : value.split(QLatin1Char(','))) {
        auto tag = plainValue(part, QStringLiteral("tags"));
        if (!tag)
            return tag.error();
        if (!tag->isEmpty() && !tags.contains(tag.value()))
            tags.append(tag.value());
    }
    return tags.join(QLatin1Char(','));
}

Result<ParsedFile> parseFile(const QString& path, QByteArray bytes)
{
    ParsedFile parsed;
    parsed.path = path;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    const QList<QByteArray> rawLines = bytes.split('\n');
    QStringList lines;
    for (qsizetype i = 0; i < rawLines.size(); ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
        QString line = decoder(rawLines.at(i));
        if (decoder.hasError())
            return badInput(path, int(i + 1), Tr::tr("the text is not valid UTF-8"));
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        lines.append(line);
    }
    if (lines.isEmpty() || lines.first().trimmed() != QLatin1String("---"))
        return badInput(path, 1, Tr::tr("the file must start with a front matter line ---"));

    QHash<QString, int> seen;
    int titleLine = 0;
    int langLine = 0;
    int closing = -1;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        const QString line = lines.at(i);
        const QString trimmed = line.trimmed();
        if (trimmed == QLatin1String("---")) {
            closing = int(i);
            break;
        }
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return badInput(path, lineNo, Tr::tr("expected key: value"));
        const QString key = line.left(colon).trimmed();
        const QString raw = line.mid(colon + 1);
        if (seen.contains(key))
            return badInput(path, lineNo,
                            Tr::tr("%1: given twice, first on line %2").arg(key).arg(seen[key]));
        seen.insert(key, lineNo);
        Article& a = parsed.article;
        if (key == QLatin1String("tags")) {
            auto tags = tagsValue(raw);
            if (!tags)
                return badInput(path, lineNo, tags.error().message);
            a.tags = tags.value();
            continue;
        }
        auto valueOr = plainValue(raw, key);
        if (!valueOr)
            return badInput(path, lineNo, valueOr.error().message);
        const QString value = valueOr.value();
        if (key == QLatin1String("id")) {
            bool numeric = false;
            a.id = value.toLongLong(&numeric);
            if (!numeric || a.id <= 0)
                return badInput(path, lineNo,
                                Tr::tr("id: '%1' is not a positive number").arg(value));
            parsed.idLine = lineNo;
        } else if (key == QLatin1String("title")) {
            if (value.isEmpty())
                return badInput(path, lineNo, Tr::tr("title: must not be empty"));
            a.title = value;
            titleLine = lineNo;
        } else if (key == QLatin1String("lang")) {
            if (value != QLatin1String("ru") && value != QLatin1String("zh") &&
                value != QLatin1String("en"))
                return badInput(path, lineNo, Tr::tr("lang: '%1' is not ru, zh or en").arg(value));
            a.lang = value;
            langLine = lineNo;
        } else if (key == QLatin1String("status")) {
            if (value != QLatin1String("draft") && value != QLatin1String("published") &&
                value != QLatin1String("archived"))
                return badInput(
                    path, lineNo,
                    Tr::tr("status: '%1' is not draft, published or archived").arg(value));
            a.status = value;
        } else if (key == QLatin1String("category")) {
            if (!value.isEmpty() && categoryPathParts(value).contains(QString()))
                return badInput(path, lineNo,
                                Tr::tr("category: '%1' has an empty part").arg(value));
            parsed.categoryPath = categoryPathParts(value).join(QLatin1Char('/'));
        } else if (key == QLatin1String("translation_of")) {
            parsed.translationRef = value;
            parsed.translationLine = lineNo;
        } else if (key == QLatin1String("review_by")) {
            a.reviewBy = QDate::fromString(value, Qt::ISODate);
            if (!a.reviewBy.isValid() || value.size() != 10)
                return badInput(path, lineNo,
                                Tr::tr("review_by: '%1' is not a date YYYY-MM-DD").arg(value));
        } else if (key == QLatin1String("author")) {
            parsed.authorLogin = value;
            parsed.authorLine = lineNo;
        } else {
            return badInput(path, lineNo, Tr::tr("unknown key '%1'").arg(key));
        }
    }
    if (closing < 0)
        return badInput(path, 1, Tr::tr("the front matter is not closed by a line ---"));
    if (titleLine == 0)
        return badInput(path, 1, Tr::tr("title is missing"));
    if (langLine == 0)
        return badInput(path, 1, Tr::tr("lang is missing"));
    if (!seen.contains(QStringLiteral("category"))) {
        // A folder tree is a category tree.
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        parsed.categoryPath = slash > 0 ? path.left(slash) : QString();
    }

    QStringList body = lines.mid(closing + 1);
    while (!body.isEmpty() && body.first().trimmed().isEmpty())
        body.removeFirst();
    parsed.article.body = body.join(QLatin1Char('\n'));
    while (!parsed.article.body.isEmpty() && parsed.article.body.back().isSpace())
        parsed.article.body.chop(1);
    return parsed;
}

QString slug(const QString& title)
{
    QString out;
    for (const QChar c : title.toLower()) {
        if (c.isLetterOrNumber())
            out.append(c);
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out.append(QLatin1Char('-'));
    }
    out.truncate(kMaxSlugLength);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("article") : out;
}

} // namespace

KbMarkdownIo::KbMarkdownIo(DatabasePtr database)
    : m_database(std::move(database))
{}

QString KbMarkdownIo::fileName(const Article& article)
{
    return QStringLiteral("%1-%2.md").arg(article.id).arg(slug(article.title));
}

Result<KbImportSummary> KbMarkdownIo::importDirectory(const QString& dir, bool dryRun,
                                                      const KbImportControl& control) const
{
    const QDir root(dir);
    if (!QFileInfo(dir).isDir())
        return Error{ErrorKind::NotFound, Tr::tr("there is no such folder"), dir};

    QStringList paths;
    QDirIterator it(dir, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(root.relativeFilePath(it.next()));
    std::sort(paths.begin(), paths.end());

    QList<ParsedFile> files;
    QHash<QString, int> byPath;
    QHash<qint64, int> byId;
    const int total = int(paths.size());
    for (const QString& path : std::as_const(paths)) {
        if (control.cancelled())
            return cancelledImport();
        if (control.progress && files.size() % kProgressEvery == 0)
            control.progress(KbImportControl::Phase::Reading, int(files.size()), total);
        QFile file(root.filePath(path));
        if (!file.open(QIODevice::ReadOnly))
            return badInput(path, 0, Tr::tr("could not read: %1").arg(file.errorString()));
        auto parsed = parseFile(path, file.readAll());
        if (!parsed)
            return parsed.error();
        const qint64 id = parsed->article.id;
        if (id > 0 && byId.contains(id))
            return badInput(path, parsed->idLine,
                            Tr::tr("id: %1 is also used by %2")
                                .arg(QString::number(id), files.at(byId.value(id)).path));
        if (id > 0)
            byId.insert(id, int(files.size()));
        byPath.insert(path, int(files.size()));
        files.append(parsed.value());
    }

    // References are checked before anything is written.
    ArticleRepository articles(m_database);
    TicketRepository people(m_database);
    QList<ImportedArticle> items;
    for (const ParsedFile& file : std::as_const(files)) {
        ImportedArticle item;
        item.article = file.article;
        item.importKey = file.path;
        item.categoryPath = file.categoryPath;
        item.location =
            file.idLine > 0 ? QStringLiteral("%1:%2").arg(file.path).arg(file.idLine) : file.path;
        if (!file.authorLogin.isEmpty()) {
            auto agent = people.agentByLogin(file.authorLogin);
            if (!agent)
                return badInput(file.path, file.authorLine,
                                Tr::tr("author: there is no agent '%1'").arg(file.authorLogin));
            item.article.authorId = agent->id;
        }
        if (!file.translationRef.isEmpty()) {
            bool numeric = false;
            const qint64 id = file.translationRef.toLongLong(&numeric);
            if (numeric && byId.contains(id)) {
                item.translationOfIndex = byId.value(id);
            } else if (numeric) {
                auto found = articles.exists(id);
                if (!found)
                    return found.error();
                if (!found.value())
                    return badInput(file.path, file.translationLine,
                                    Tr::tr("translation_of: there is no article %1").arg(id));
                item.article.translationOf = id;
            } else if (byPath.contains(file.translationRef)) {
                item.translationOfIndex = byPath.value(file.translationRef);
            } else {
                return badInput(file.path, file.translationLine,
                                Tr::tr("translation_of: there is no file '%1' in this import")
                                    .arg(file.translationRef));
            }
        }
        items.append(item);
    }

    if (control.cancelled())
        return cancelledImport();
    auto counts = articles.saveImported(items, dryRun, [&control, total](int done) {
        if (control.progress && done % kProgressEvery == 0)
            control.progress(KbImportControl::Phase::Writing, done, total);
        return !control.cancelled();
    });
    if (!counts)
        return counts.error();
    KbImportSummary summary;
    summary.total = int(files.size());
    summary.created = counts->created;
    summary.updated = counts->updated;
    return summary;
}

Result<int> KbMarkdownIo::exportDirectory(const QString& dir) const
{
    if (!QDir().mkpath(dir))
        return Error{ErrorKind::Runtime, Tr::tr("could not create the folder"), dir};
    ArticleRepository repository(m_database);
    auto articles = repository.all();
    if (!articles)
        return articles.error();
    for (const Article& article : std::as_const(articles.value())) {
        QStringList lines{QStringLiteral("---"), QStringLiteral("id: %1").arg(article.id),
                          QStringLiteral("title: %1").arg(quotedValue(article.title)),
                          QStringLiteral("lang: %1").arg(article.lang),
                          QStringLiteral("status: %1").arg(article.status)};
        // An explicit empty category keeps the file's folder from becoming one.
        auto category = repository.categoryPath(article.categoryId);
        if (!category)
            return category.error();
        lines.append(QStringLiteral("category: %1").arg(category.value()));
        const QStringList tags = article.tags.split(QLatin1Char(','), Qt::SkipEmptyParts);
        QStringList quotedTags;
        for (const QString& tag : tags)
            quotedTags.append(tag.trimmed());
        lines.append(QStringLiteral("tags: [%1]").arg(quotedTags.join(QLatin1String(", "))));
        if (article.translationOf > 0)
            lines.append(QStringLiteral("translation_of: %1").arg(article.translationOf));
        if (article.reviewBy.isValid())
            lines.append(
                QStringLiteral("review_by: %1").arg(article.reviewBy.toString(Qt::ISODate)));
        if (article.authorId > 0) {
            auto login = repository.agentLogin(article.authorId);
            if (!login)
                return login.error();
            lines.append(QStringLiteral("author: %1").arg(login.value()));
        }
        lines.append(QStringLiteral("---"));
        lines.append(QString());
        lines.append(article.body);
        const QString name = fileName(article);
        QSaveFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::WriteOnly) ||
            file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()) < 0 ||
            !file.commit())
            return Error{ErrorKind::Runtime, Tr::tr("could not write: %1").arg(file.errorString()),
                         name};
    }
    return int(articles->size());
}

} // namespace Switchboard
