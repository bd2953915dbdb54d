// SPDX-License-Identifier: MIT
#pragma once

#include "templates/replytemplaterepository.h"

#include <QFrame>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace Switchboard {

class TemplateListModel;

// The popup the reply editor opens with Ctrl+T: a search field, a language
// filter and the matching reply templates, best first. Searches as the user
// types, on the UI thread (a team has hundreds of templates; at most 50 are
// listed). Up/Down move, Enter picks, Esc closes. It only chooses: the
// editor renders the picked template, inserts it and records the use
// (ReplyTemplateRepository::recordUse).
class TemplatePicker : public QFrame
{
    Q_OBJECT

public:
    static constexpr int kResultLimit = 50;

    explicit TemplatePicker(ReplyTemplateRepository repository, QWidget* parent = nullptr);

    // Lists templates in this language ("ru", "zh", "en"); empty: all. The
    // editor presets the customer's language; the user can change it.
    void setLanguage(const QString& lang);
    QString language() const;

    // Shows the picker with its top-left corner at globalPos, the search
    // field holding `text` and focused.
    void popup(const QPoint& globalPos, const QString& text = {});
    // Searches again, after templates changed elsewhere.
    void refresh();

    TemplateListModel* model() const { return m_model; }

signals:
    void templatePicked(qint64 id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void pick(const QModelIndex& index);
    void showStatus(const QString& text);

    ReplyTemplateRepository m_repository;
    QLineEdit* m_search = nullptr;
    QComboBox* m_language = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_status = nullptr;
    TemplateListModel* m_model = nullptr;
};

} // namespace Switchboard
