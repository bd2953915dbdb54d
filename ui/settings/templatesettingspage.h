// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "storage/database.h"
#include "templates/templaterenderer.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QWidget>

#include <array>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace Switchboard {

class FieldMessage;

// Settings > Reply templates: the canned replies agents insert with Ctrl+T.
// A template is a name with one variant per language (ru, zh, en); the page
// lists the names with their languages and use, and edits one name's
// variants with a live preview for a sample customer. Edits are kept per
// template until saved, so moving through the list never loses work. Save
// writes every variant of the name in one transaction through
// ReplyTemplateRepository, so a refused variant leaves nothing half saved.
class TemplateSettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateSettingsPage(DatabasePtr database, QWidget* parent = nullptr);
    // clock: "now" for the sample due times of the preview.
    TemplateSettingsPage(DatabasePtr database, const Clock& clock, QWidget* parent = nullptr);

    // The template new tickets are acknowledged with (TicketService looks it
    // up by this name): it can be reworded but not renamed or deleted.
    static QString acknowledgementName();
    // What the preview fills the placeholders with: a customer writing in
    // `lang`, ticket #1234, SLA targets due an hour after nowMs.
    static TemplateContext sampleContext(const QString& lang, qint64 nowMs);

    // Lists the templates again, keeping unsaved edits and new templates.
    void reload();
    // A stored name, or a new template by the name typed so far. False when
    // it is not listed (a search or category filter may hide it).
    bool selectTemplate(const QString& name);
    // The selected template's name as stored; empty for a new one.
    QString currentName() const;
    bool hasUnsavedChanges() const;

    void newTemplate();
    void duplicateSelected();
    // Adds or removes a language variant of the selected template; false
    // when nothing changed.
    bool addVariant(const QString& lang);
    bool removeVariant(const QString& lang);
    // Each reports problems to the user; false when nothing was written.
    bool save();
    void revert();
    bool removeSelected();

signals:
    // After a save or a removal that changed the stored templates.
    void changed();

private:
    struct Variant
    {
        qint64 id = 0; // 0: not stored yet
        QString lang;
        QString body;
    };
    // The editor's content for one name, variants in the repository's
    // language order.
    struct Form
    {
        QString name;
        QString category;
        QList<Variant> variants;
    };
    struct Entry
    {
        QString storedName;           // empty for a template not stored yet
        std::optional<Form> original; // read when first shown
        std::optional<Form> edited;   // only once something changed
        QString saveError;            // the last refused save, shown under the name
    };
    // One line of the list: a stored name, summed over its variants.
    struct Row
    {
        QString key;
        QString name;
        QString category;
        QStringList languages;
        int usage = 0;
    };
    struct Problems
    {
        QString name;
        QString variants;
        QMap<QString, QString> bodies; // by language
        bool any() const;
    };
    // The widgets of one language's tab.
    struct VariantEditor
    {
        QString lang;
        QWidget* page = nullptr;
        QPlainTextEdit* body = nullptr;
        QToolButton* placeholders = nullptr;
        FieldMessage* bodyProblem = nullptr;
        QLabel* previewCaption = nullptr;
        QPlainTextEdit* preview = nullptr;
        FieldMessage* previewProblem = nullptr;
    };

    QWidget* createList();
    QWidget* createEditor();
    VariantEditor createVariantEditor(const QString& lang);

    void rebuildList();
    void rebuildCategories(const QStringList& categories);
    void showEntry(const QString& key);
    void showForm(const Form& form);
    Form readForm() const;
    void formEdited();
    Problems check(const Form& form) const;
    bool isDirty(const Entry& entry) const;
    bool isProtected(const Entry& entry) const;
    void updateState();
    void updatePreview(const VariantEditor& editor);
    void insertPlaceholder(const QString& placeholder);
    void setStatus(const QString& text);
    bool ensureOriginal(const QString& key, Entry& entry);
    Entry* currentEntry();
    const Entry* currentEntry() const;
    VariantEditor* editorFor(const QString& lang);
    QString rowText(const Row& row, const Entry* entry) const;
    QString uniqueName(const QString& base) const;
    void addDraft(const Form& form);

    DatabasePtr m_database;
    const Clock& m_clock;
    QMap<QString, Entry> m_entries; // by key: the stored name, or "\x01new-N"
    QStringList m_newKeys;          // templates not stored yet, newest last
    int m_nextNew = 1;
    QString m_currentKey;
    bool m_loading = false;

    QLineEdit* m_search = nullptr;
    QComboBox* m_categoryFilter = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_emptyList = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_duplicateButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    FieldMessage* m_listProblem = nullptr;

    QWidget* m_editor = nullptr;
    QLabel* m_systemNote = nullptr;
    QLineEdit* m_name = nullptr;
    FieldMessage* m_nameProblem = nullptr;
    QComboBox* m_category = nullptr;
    QToolButton* m_addVariantButton = nullptr;
    QPushButton* m_removeVariantButton = nullptr;
    FieldMessage* m_variantsProblem = nullptr;
    QTabWidget* m_variants = nullptr;
    std::array<VariantEditor, 3> m_variantEditors;

    QLabel* m_status = nullptr;
    QPushButton* m_revertButton = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace Switchboard
