// SPDX-License-Identifier: MIT
#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "kb/article.h"
#include "kb/articlerepository.h"
#include "kb/kbcatalog.h"
#include "storage/database.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QToolButton;
class QTreeWidget;

namespace Switchboard {

// Edits one article: its fields, the Markdown text with a live preview, the
// revision history (compare any revision with the text in the editor,
// restore it), and its translations, one of which can be shown beside the
// editor while translating. Every save and every restore is a new revision
// (ArticleRepository), so nothing written is ever lost. A window of its own,
// so agents can keep the knowledge view open next to it; closing with
// unsaved changes asks inline, not with a modal box.
class ArticleEditor : public QDialog
{
    Q_OBJECT

public:
    // articleId 0: a new article, started from setDraft() if given.
    ArticleEditor(DatabasePtr database, const Clock& clock, qint64 articleId,
                  QWidget* parent = nullptr);

    // For a new article: the fields to start from (a title from a coverage
    // gap, say). Does not count as a change.
    void setDraft(const Article& draft);
    // Recorded as the author of the revisions this editor saves; 0: none.
    void setCurrentAgent(qint64 agentId) { m_agentId = agentId; }

    qint64 articleId() const { return m_articleId; }
    bool isModified() const;
    // Saves the fields as a new revision; false (with the reason shown in
    // the editor) when it could not.
    bool save();
    // Creates a draft translation of the saved article in `lang`, linked to
    // the original, and returns its id.
    Result<qint64> createTranslation(const QString& lang);
    // Shows that translation (or any article of the group) beside the editor.
    void showBeside(qint64 articleId);

signals:
    void articleSaved(qint64 id);
    // A kb:ID link in the preview was clicked.
    void articleRequested(qint64 articleId);
    void translationCreated(qint64 id, qint64 sourceId);

protected:
    void closeEvent(QCloseEvent* event) override;
    void reject() override;

private:
    QWidget* createFields();
    QWidget* createTextTab();
    QWidget* createRevisionsTab();
    void load();
    void fill(const Article& article);
    void loadCategories();
    void loadRevisions();
    void loadTranslations();
    Article editedArticle() const;
    void updateState();
    void updatePreview();
    void showBesideChoice(int index);
    void compareRevision();
    void restoreRevision();
    void fillTranslationMenu();
    void showMessage(const QString& text, bool isError = false);
    bool askAboutUnsavedChanges();

    DatabasePtr m_database;
    const Clock& m_clock;
    ArticleRepository m_repository;
    KbCatalog m_catalog;
    qint64 m_articleId = 0;
    qint64 m_agentId = 0;
    Article m_saved; // as last loaded or saved; the reference for "modified"
    QList<ArticleRevision> m_revisions;
    bool m_closing = false;

    QLineEdit* m_title = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_category = nullptr;
    QLineEdit* m_tags = nullptr;
    QCheckBox* m_reviewCheck = nullptr;
    QDateEdit* m_reviewDate = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QComboBox* m_beside = nullptr;
    QToolButton* m_newTranslation = nullptr;
    QStackedWidget* m_besideStack = nullptr;
    QTextBrowser* m_preview = nullptr;
    QLabel* m_translationTitle = nullptr;
    QPlainTextEdit* m_translationText = nullptr;
    QTreeWidget* m_revisionList = nullptr;
    QPushButton* m_compare = nullptr;
    QPushButton* m_restore = nullptr;
    QLabel* m_diffSummary = nullptr;
    QTextBrowser* m_diff = nullptr;
    QLabel* m_message = nullptr;
    QWidget* m_unsavedBar = nullptr;
    QPushButton* m_save = nullptr;
    QTimer m_previewDelay;
};

} // namespace Switchboard
