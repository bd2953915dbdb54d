// SPDX-License-Identifier: MIT
#include "templatepicker.h"

#include "common/uilogging.h"
#include "kb/kblabels.h"
#include "templatelistmodel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace Switchboard {

TemplatePicker::TemplatePicker(ReplyTemplateRepository repository, QWidget* parent)
    : QFrame(parent, Qt::Popup)
    , m_repository(std::move(repository))
    , m_model(new TemplateListModel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Insert template"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("templateSearch"));
    m_search->setAccessibleName(tr("Search templates"));
    m_search->setPlaceholderText(tr("Search templates by name, category or text"));
    m_search->setToolTip(tr("Up and Down choose a template, Enter inserts it, Esc closes."));
    m_search->setClearButtonEnabled(true);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("templateLanguage"));
    m_language->setAccessibleName(tr("Template language"));
    m_language->addItem(tr("Any language"), QString());
    for (const QString& lang : ReplyTemplateRepository::languages())
        m_language->addItem(KbLabels::languageName(lang), lang);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Templates"));
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setWordWrap(false);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("templateStatus"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_language);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    setFocusProxy(m_search);
    setTabOrder(m_search, m_language);
    setTabOrder(m_language, m_list);
    resize(520, 360);

    connect(m_search, &QLineEdit::textChanged, this, &TemplatePicker::refresh);
    connect(m_language, &QComboBox::currentIndexChanged, this, &TemplatePicker::refresh);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        // Enter in the field takes the chosen row, else the best match.
        pick(m_list->currentIndex().isValid() ? m_list->currentIndex() : m_model->index(0));
    });
    connect(m_list, &QAbstractItemView::activated, this, &TemplatePicker::pick);
    m_search->installEventFilter(this);
    m_list->installEventFilter(this);
    refresh();
}

void TemplatePicker::setLanguage(const QString& lang)
{
    const int index = m_language->findData(lang);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
}

QString TemplatePicker::language() const
{
    return m_language->currentData().toString();
}

void TemplatePicker::popup(const QPoint& globalPos, const QString& text)
{
    if (m_search->text() == text)
        refresh(); // templates may have changed since the last time
    else
        m_search->setText(text);
    move(globalPos);
    show(); // a popup: on top, and it takes the keyboard
    m_search->setFocus(Qt::PopupFocusReason);
    m_search->end(false);
}

void TemplatePicker::refresh()
{
    const QString text = m_search->text();
    auto found = m_repository.search(text, language(), kResultLimit);
    if (!found) {
        qCWarning(lcUi) << "template search failed:" << found.error().toString();
        m_model->setTemplates({});
        showStatus(tr("The templates could not be read: %1").arg(found.error().toString()));
        return;
    }
    m_model->setTemplates(*found);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));

    if (!found->isEmpty()) {
        showStatus(found->size() >= kResultLimit
                       ? tr("Showing the first %1 templates; type more to narrow the list.")
                             .arg(kResultLimit)
                       : QString());
    } else if (!text.trimmed().isEmpty()) {
        showStatus(language().isEmpty()
                       ? tr("No template matches \u201c%1\u201d.").arg(text.trimmed())
                       : tr("No template in this language matches \u201c%1\u201d; try Any "
                            "language.")
                             .arg(text.trimmed()));
    } else {
        showStatus(language().isEmpty() ? tr("There are no templates yet.")
                                        : tr("There are no templates in this language yet."));
    }
}

bool TemplatePicker::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() == Qt::Key_Escape) {
        close();
        return true;
    }
    if (watched == m_search) {
        // The cursor stays in the field; the arrows move in the list.
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QCoreApplication::sendEvent(m_list, event);
            return true;
        default:
            break;
        }
    } else if (watched == m_list && !key->text().isEmpty() && key->text().at(0).isPrint() &&
               !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        // Typing in the list goes on with the search.
        m_search->setFocus(Qt::OtherFocusReason);
        QCoreApplication::sendEvent(m_search, event);
        return true;
    }
    return QFrame::eventFilter(watched, event);
}

void TemplatePicker::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QFrame::keyPressEvent(event);
}

void TemplatePicker::pick(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const qint64 id = index.data(TemplateListModel::TemplateIdRole).toLongLong();
    // Closed first, so the editor has its focus back when it inserts.
    close();
    emit templatePicked(id);
}

void TemplatePicker::showStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace Switchboard
