// SPDX-License-Identifier: MIT
#pragma once

#include "templates/replytemplate.h"

#include <QAbstractListModel>
#include <QList>

namespace Switchboard {

// The template picker's list: one row per template found, in the order
// ReplyTemplateRepository::search() ranked them. Only presents.
class TemplateListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        TemplateIdRole = Qt::UserRole + 1,
        NameRole,
        CategoryRole,
        LanguageRole,  // the key, "ru"
        FirstLineRole, // the body's first non-empty line
    };

    explicit TemplateListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void setTemplates(const QList<ReplyTemplate>& templates);
    const ReplyTemplate& templateAt(int row) const { return m_templates.at(row); }

    // The first line of a body that has text, with runs of spaces folded.
    static QString firstLine(const QString& body);

private:
    QString heading(const ReplyTemplate& reply) const;

    QList<ReplyTemplate> m_templates;
};

} // namespace Switchboard
