// SPDX-License-Identifier: MIT
#include "templatelistmodel.h"

#include "kb/kblabels.h"

namespace Switchboard {
namespace {

const QString kSeparator = QStringLiteral(" \u00b7 ");

} // namespace

TemplateListModel::TemplateListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

int TemplateListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

QVariant TemplateListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReplyTemplate& reply = m_templates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // Two lines: what the template is, then how it starts.
        return heading(reply) + QLatin1Char('\n') + firstLine(reply.body);
    case Qt::ToolTipRole:
        return reply.body;
    case Qt::AccessibleTextRole: {
        // Everything the row shows, in reading order, for screen readers.
        QStringList parts{reply.name};
        if (!reply.category.isEmpty())
            parts.append(reply.category);
        parts.append(KbLabels::languageName(reply.lang));
        parts.append(firstLine(reply.body));
        return parts.join(QStringLiteral(", "));
    }
    case TemplateIdRole:
        return reply.id;
    case NameRole:
        return reply.name;
    case CategoryRole:
        return reply.category;
    case LanguageRole:
        return reply.lang;
    case FirstLineRole:
        return firstLine(reply.body);
    default:
        return {};
    }
}

void TemplateListModel::setTemplates(const QList<ReplyTemplate>& templates)
{
    beginResetModel();
    m_templates = templates;
    endResetModel();
}

QString TemplateListModel::firstLine(const QString& body)
{
    const QStringList lines = body.split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString simplified = line.simplified();
        if (!simplified.isEmpty())
            return simplified;
    }
    return {};
}

QString TemplateListModel::heading(const ReplyTemplate& reply) const
{
    QStringList parts{reply.name};
    if (!reply.category.isEmpty())
        parts.append(reply.category);
    parts.append(KbLabels::languageMark(reply.lang));
    return parts.join(kSeparator);
}

} // namespace Switchboard
