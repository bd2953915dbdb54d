// SPDX-License-Identifier: MIT
#include "articleeditor.h"

#include "articlelinkfollower.h"

#include "common/uilogging.h"
#include "kb/revisiondiff.h"
#include "kblabels.h"
#include "revisiondiffformatter.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Switchboard {
namespace {

constexpr int kRevisionRole = Qt::UserRole + 1;

// Tags as the user typed them, tidied: "a , b,,c" is "a, b, c".
QString tidyTags(const QString& text)
{
    QStringList tags;
    for (const QString& tag : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            tags.append(tag.trimmed());
    }
    return tags.join(QStringLiteral(", "));
}

bool sameFields(const Article& a, const Article& b)
{
    return a.title == b.title && a.body == b.body && a.lang == b.lang && a.status == b.status &&
           a.categoryId == b.categoryId && tidyTags(a.tags) == tidyTags(b.tags) &&
           a.reviewBy == b.reviewBy;
}

QString localDateTime(qint64 utcMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime(),
                              QLocale::ShortFormat);
}

QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

} // namespace

ArticleEditor::ArticleEditor(DatabasePtr database, const Clock& clock, qint64 articleId,
                             QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_clock(clock)
    , m_repository(database, clock)
    , m_catalog(std::move(database))
    , m_articleId(articleId)
{
    setObjectName(QStringLiteral("articleEditor"));
    setAccessibleName(tr("Article editor"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setSizeGripEnabled(true);
    resize(1100, 720);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("editorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    // Shown instead of a modal box when closing with unsaved changes.
    m_unsavedBar = new QFrame(this);
    m_unsavedBar->setObjectName(QStringLiteral("unsavedBar"));
    auto* unsavedText = new QLabel(tr("This article has unsaved changes."), m_unsavedBar);
    auto* saveAndClose = new QPushButton(tr("Save and close"), m_unsavedBar);
    saveAndClose->setObjectName(QStringLiteral("saveAndCloseButton"));
    auto* discard = new QPushButton(tr("Discard changes"), m_unsavedBar);
    discard->setObjectName(QStringLiteral("discardButton"));
    auto* keep = new QPushButton(tr("Keep editing"), m_unsavedBar);
    auto* unsavedLayout = new QHBoxLayout(m_unsavedBar);
    unsavedLayout->setContentsMargins(0, 0, 0, 0);
    unsavedLayout->addWidget(unsavedText, 1);
    unsavedLayout->addWidget(saveAndClose);
    unsavedLayout->addWidget(discard);
    unsavedLayout->addWidget(keep);
    m_unsavedBar->hide();
    connect(saveAndClose, &QPushButton::clicked, this, [this] {
        if (save()) {
            m_closing = true;
            close();
        }
    });
    connect(discard, &QPushButton::clicked, this, [this] {
        m_closing = true;
        close();
    });
    connect(keep, &QPushButton::clicked, this, [this] {
        m_unsavedBar->hide();
        m_text->setFocus(Qt::OtherFocusReason);
    });

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(
        tr("Save as a new revision (%1)")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_save->setAutoDefault(false);
    QPushButton* closeButton = buttons->addButton(QDialogButtonBox::Close);
    closeButton->setAutoDefault(false);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(closeButton, &QPushButton::clicked, this, &QDialog::reject);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->addTab(createTextTab(), tr("&Text"));
    m_tabs->addTab(createRevisionsTab(), tr("&Revisions"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createFields());
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_unsavedBar);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    m_previewDelay.setSingleShot(true);
    // Rendering Markdown on every keystroke makes long articles stutter;
    // a short pause is not noticed.
    m_previewDelay.setInterval(250);
    connect(&m_previewDelay, &QTimer::timeout, this, &ArticleEditor::updatePreview);

    loadCategories();
    load();

    connect(m_title, &QLineEdit::textChanged, this, &ArticleEditor::updateState);
    connect(m_tags, &QLineEdit::textChanged, this, &ArticleEditor::updateState);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ArticleEditor::updateState);
    connect(m_status, &QComboBox::currentIndexChanged, this, &ArticleEditor::updateState);
    connect(m_category, &QComboBox::currentIndexChanged, this, &ArticleEditor::updateState);
    connect(m_reviewCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_reviewDate->setEnabled(on);
        updateState();
    });
    connect(m_reviewDate, &QDateEdit::dateChanged, this, &ArticleEditor::updateState);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        m_previewDelay.start();
        updateState();
    });
    m_title->setFocus(Qt::OtherFocusReason);
}

QWidget* ArticleEditor::createFields()
{
    auto* fields = new QWidget(this);
    m_title = new QLineEdit(fields);
    m_title->setObjectName(QStringLiteral("articleTitleEdit"));
    m_title->setAccessibleName(tr("Title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);

    m_language = new QComboBox(fields);
    m_language->setObjectName(QStringLiteral("articleLanguage"));
    m_language->setAccessibleName(tr("Language"));
    for (const QString& lang : KbLabels::languages())
        m_language->addItem(KbLabels::languageName(lang), lang);

    m_status = new QComboBox(fields);
    m_status->setObjectName(QStringLiteral("articleStatus"));
    m_status->setAccessibleName(tr("Status"));
    for (const QString& status : KbLabels::statuses())
        m_status->addItem(KbLabels::statusName(status), status);

    m_category = new QComboBox(fields);
    m_category->setObjectName(QStringLiteral("articleCategory"));
    m_category->setAccessibleName(tr("Category"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_tags = new QLineEdit(fields);
    m_tags->setObjectName(QStringLiteral("articleTagsEdit"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("printer, network"));

    m_reviewCheck = new QCheckBox(tr("Re&view by"), fields);
    m_reviewCheck->setObjectName(QStringLiteral("reviewByCheck"));
    m_reviewCheck->setToolTip(tr("The article appears in \"Due for review\" from this day on"));
    m_reviewDate = new QDateEdit(fields);
    m_reviewDate->setObjectName(QStringLiteral("reviewByDate"));
    m_reviewDate->setAccessibleName(tr("Review date"));
    m_reviewDate->setCalendarPopup(true);
    m_reviewDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_reviewDate->setEnabled(false);

    auto* grid = new QGridLayout(fields);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->addWidget(buddyLabel(tr("T&itle:"), m_title), 0, 0);
    grid->addWidget(m_title, 0, 1, 1, 7);
    grid->addWidget(buddyLabel(tr("&Language:"), m_language), 1, 0);
    grid->addWidget(m_language, 1, 1);
    grid->addWidget(buddyLabel(tr("Stat&us:"), m_status), 1, 2);
    grid->addWidget(m_status, 1, 3);
    grid->addWidget(buddyLabel(tr("&Category:"), m_category), 1, 4);
    grid->addWidget(m_category, 1, 5, 1, 3);
    grid->addWidget(buddyLabel(tr("Ta&gs:"), m_tags), 2, 0);
    grid->addWidget(m_tags, 2, 1, 1, 5);
    grid->addWidget(m_reviewCheck, 2, 6);
    grid->addWidget(m_reviewDate, 2, 7);
    grid->setColumnStretch(5, 1);
    return fields;
}

QWidget* ArticleEditor::createTextTab()
{
    auto* page = new QWidget(this);
    m_text = new QPlainTextEdit(page);
    m_text->setObjectName(QStringLiteral("markdownEdit"));
    m_text->setAccessibleName(tr("Article text (Markdown)"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setTabChangesFocus(true);

    m_beside = new QComboBox(page);
    m_beside->setObjectName(QStringLiteral("besideChoice"));
    m_beside->setAccessibleName(tr("Shown beside the editor"));
    m_beside->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_beside, &QComboBox::currentIndexChanged, this, &ArticleEditor::showBesideChoice);

    m_newTranslation = new QToolButton(page);
    m_newTranslation->setObjectName(QStringLiteral("newTranslationButton"));
    m_newTranslation->setText(tr("&New translation"));
    m_newTranslation->setPopupMode(QToolButton::InstantPopup);
    m_newTranslation->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(m_newTranslation);
    m_newTranslation->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &ArticleEditor::fillTranslationMenu);

    m_preview = new QTextBrowser(page);
    m_preview->setObjectName(QStringLiteral("markdownPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    connect(new ArticleLinkFollower(m_preview), &ArticleLinkFollower::articleRequested, this,
            &ArticleEditor::articleRequested);

    auto* translation = new QWidget(page);
    m_translationTitle = new QLabel(translation);
    m_translationTitle->setObjectName(QStringLiteral("translationTitle"));
    m_translationTitle->setWordWrap(true);
    m_translationTitle->setTextFormat(Qt::PlainText);
    QFont bold = m_translationTitle->font();
    bold.setBold(true);
    m_translationTitle->setFont(bold);
    m_translationText = new QPlainTextEdit(translation);
    m_translationText->setObjectName(QStringLiteral("translationText"));
    m_translationText->setAccessibleName(tr("Other language version (read-only)"));
    m_translationText->setReadOnly(true);
    m_translationText->setFont(m_text->font());
    auto* translationLayout = new QVBoxLayout(translation);
    translationLayout->setContentsMargins(0, 0, 0, 0);
    translationLayout->addWidget(m_translationTitle);
    translationLayout->addWidget(m_translationText, 1);

    m_besideStack = new QStackedWidget(page);
    m_besideStack->addWidget(m_preview);
    m_besideStack->addWidget(translation);

    // The translation follows the editor's scrolling, so the paragraph being
    // translated stays in view next to its original.
    connect(m_text->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        QScrollBar* from = m_text->verticalScrollBar();
        QScrollBar* to = m_translationText->verticalScrollBar();
        if (from->maximum() > 0)
            to->setValue(to->maximum() * value / from->maximum());
    });

    auto* splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_text);
    splitter->addWidget(m_besideStack);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto* bar = new QHBoxLayout;
    bar->addWidget(buddyLabel(tr("&Beside the editor:"), m_beside));
    bar->addWidget(m_beside);
    bar->addStretch(1);
    bar->addWidget(m_newTranslation);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    return page;
}

QWidget* ArticleEditor::createRevisionsTab()
{
    auto* page = new QWidget(this);
    m_revisionList = new QTreeWidget(page);
    m_revisionList->setObjectName(QStringLiteral("revisionList"));
    m_revisionList->setAccessibleName(tr("Revisions, newest first"));
    m_revisionList->setHeaderLabels({tr("Saved"), tr("Author"), tr("Title")});
    m_revisionList->setRootIsDecorated(false);
    m_revisionList->setUniformRowHeights(true);
    m_revisionList->setAlternatingRowColors(true);
    m_revisionList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_revisionList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_compare = new QPushButton(tr("Co&mpare with current"), page);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_compare->setToolTip(tr("Show what changed from the chosen revision to the text in the "
                             "editor"));
    m_restore = new QPushButton(tr("R&estore"), page);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    connect(m_compare, &QPushButton::clicked, this, &ArticleEditor::compareRevision);
    connect(m_restore, &QPushButton::clicked, this, &ArticleEditor::restoreRevision);
    connect(m_revisionList, &QTreeWidget::currentItemChanged, this, &ArticleEditor::updateState);
    connect(m_revisionList, &QTreeWidget::itemActivated, this, &ArticleEditor::compareRevision);

    m_diffSummary = new QLabel(page);
    m_diffSummary->setObjectName(QStringLiteral("diffSummary"));
    m_diffSummary->setWordWrap(true);
    m_diffSummary->setTextFormat(Qt::PlainText);
    m_diff = new QTextBrowser(page);
    m_diff->setObjectName(QStringLiteral("diffView"));
    m_diff->setAccessibleName(tr("Changes"));
    m_diff->setPlaceholderText(
        tr("Choose a revision and press \"Compare with current\" to see what changed: lines "
           "marked + were added since, lines marked - were removed."));

    auto* left = new QWidget(page);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_compare);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_revisionList, 1);
    leftLayout->addLayout(buttons);
    auto* right = new QWidget(page);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_diffSummary);
    rightLayout->addWidget(m_diff, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    // The changes need the room; the list shows a date, a login and a title.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({440, 660});
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(splitter);
    return page;
}

void ArticleEditor::loadCategories()
{
    m_category->clear();
    m_category->addItem(tr("No category"), qint64(0));
    auto categories = m_catalog.categories();
    if (!categories) {
        qCWarning(lcUiKb) << "categories:" << categories.error().toString();
        showMessage(tr("The categories could not be read: %1").arg(categories.error().message),
                    true);
        return;
    }
    QHash<qint64, QString> paths;
    for (const KbCategory& category : std::as_const(categories.value())) {
        const QString parent = paths.value(category.parentId);
        const QString path =
            parent.isEmpty() ? category.name : parent + QLatin1Char('/') + category.name;
        paths.insert(category.id, path);
        m_category->addItem(path, category.id);
    }
}

void ArticleEditor::load()
{
    if (m_articleId == 0) {
        Article fresh;
        fresh.status = QStringLiteral("draft");
        m_saved = fresh;
        fill(fresh);
        loadRevisions();
        loadTranslations();
        updateState();
        return;
    }
    auto article = m_repository.get(m_articleId);
    if (!article) {
        qCWarning(lcUiKb) << "cannot edit article" << m_articleId << article.error().toString();
        showMessage(tr("The article cannot be opened: %1").arg(article.error().message), true);
        m_save->setEnabled(false);
        return;
    }
    m_saved = article.value();
    fill(m_saved);
    loadRevisions();
    loadTranslations();
    updateState();
}

void ArticleEditor::fill(const Article& article)
{
    const QSignalBlocker blockText(m_text);
    m_title->setText(article.title);
    m_language->setCurrentIndex(std::max(0, m_language->findData(article.lang)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(article.status)));
    m_category->setCurrentIndex(std::max(0, m_category->findData(article.categoryId)));
    m_tags->setText(tidyTags(article.tags));
    m_reviewCheck->setChecked(article.reviewBy.isValid());
    m_reviewDate->setDate(article.reviewBy.isValid()
                              ? article.reviewBy
                              : m_clock.now().toLocalTime().date().addMonths(6));
    m_reviewDate->setEnabled(article.reviewBy.isValid());
    m_text->setPlainText(article.body);
    updatePreview();
}

void ArticleEditor::setDraft(const Article& draft)
{
    if (m_articleId != 0)
        return;
    m_saved = draft;
    fill(draft);
    updateState();
}

Article ArticleEditor::editedArticle() const
{
    Article article = m_saved;
    article.id = m_articleId;
    article.title = m_title->text().trimmed();
    article.body = m_text->toPlainText();
    article.lang = m_language->currentData().toString();
    article.status = m_status->currentData().toString();
    article.categoryId = m_category->currentData().toLongLong();
    article.tags = tidyTags(m_tags->text());
    article.reviewBy = m_reviewCheck->isChecked() ? m_reviewDate->date() : QDate();
    return article;
}

bool ArticleEditor::isModified() const
{
    return !sameFields(editedArticle(), m_saved);
}

void ArticleEditor::updateState()
{
    const bool modified = isModified();
    const QString name = m_title->text().trimmed();
    // [*] is where Qt shows the "modified" mark.
    setWindowTitle(m_articleId == 0
                       ? tr("New article[*]")
                       : tr("%1[*] — Edit article").arg(name.isEmpty() ? m_saved.title : name));
    setWindowModified(modified);
    m_save->setEnabled(modified || m_articleId == 0);
    if (!modified)
        m_unsavedBar->hide();

    QTreeWidgetItem* current = m_revisionList->currentItem();
    const bool isNewest = current && m_revisionList->indexOfTopLevelItem(current) == 0;
    m_compare->setEnabled(current != nullptr);
    m_restore->setEnabled(current && !isNewest && !modified);
    m_restore->setToolTip(modified ? tr("Save or discard your changes first")
                          : isNewest
                              ? tr("This revision is the current text")
                              : tr("Make this revision the current text; that is saved as a new "
                                   "revision, so it can be undone"));
    m_newTranslation->setEnabled(m_articleId != 0);
    m_newTranslation->setToolTip(m_articleId != 0 ? tr("Create a linked draft in another language")
                                                  : tr("Save the article first"));
}

void ArticleEditor::updatePreview()
{
    m_previewDelay.stop();
    const int position = m_preview->verticalScrollBar()->value();
    m_preview->setMarkdown(m_text->toPlainText());
    m_preview->verticalScrollBar()->setValue(position);
}

bool ArticleEditor::save()
{
    Article article = editedArticle();
    if (article.title.isEmpty()) {
        showMessage(tr("Give the article a title before saving."), true);
        m_title->setFocus(Qt::OtherFocusReason);
        return false;
    }
    // The repository records the article's author on each revision; the
    // editor's agent is who made this one (the article keeps its creator).
    if (m_agentId > 0)
        article.authorId = m_agentId;
    if (m_articleId == 0) {
        auto id = m_repository.create(article);
        if (!id) {
            qCWarning(lcUiKb) << "create article:" << id.error().toString();
            showMessage(tr("The article was not saved: %1").arg(id.error().message), true);
            return false;
        }
        m_articleId = id.value();
    } else if (Status status = m_repository.update(article); !status) {
        qCWarning(lcUiKb) << "save article" << m_articleId << status.error().toString();
        showMessage(tr("The article was not saved: %1").arg(status.error().message), true);
        return false;
    }
    auto stored = m_repository.get(m_articleId);
    m_saved = stored ? stored.value() : article;
    loadRevisions();
    loadTranslations();
    updateState();
    showMessage(tr("Saved at %1.")
                    .arg(QLocale().toString(
                        QDateTime::fromMSecsSinceEpoch(m_clock.nowMs()).toLocalTime().time(),
                        QLocale::ShortFormat)));
    emit articleSaved(m_articleId);
    return true;
}

void ArticleEditor::loadRevisions()
{
    m_revisionList->clear();
    m_revisions.clear();
    if (m_articleId == 0)
        return;
    auto revisions = m_repository.revisions(m_articleId);
    if (!revisions) {
        showMessage(tr("The revisions could not be read: %1").arg(revisions.error().message), true);
        return;
    }
    m_revisions = revisions.value();
    QHash<qint64, QString> authors;
    // Newest first: the current text is what one compares against.
    for (qsizetype i = m_revisions.size() - 1; i >= 0; --i) {
        const ArticleRevision& revision = m_revisions.at(i);
        QString author = QStringLiteral("\u2014");
        if (revision.authorId > 0) {
            if (!authors.contains(revision.authorId)) {
                auto login = m_repository.agentLogin(revision.authorId);
                authors.insert(revision.authorId, login ? login.value() : author);
            }
            author = authors.value(revision.authorId);
        }
        QString when = localDateTime(revision.at);
        if (i == m_revisions.size() - 1)
            when = tr("%1 (current)").arg(when);
        auto* item = new QTreeWidgetItem(m_revisionList, {when, author, revision.title});
        item->setData(0, kRevisionRole, revision.id);
        item->setToolTip(2, revision.title);
    }
    if (m_revisionList->topLevelItemCount() > 1)
        m_revisionList->setCurrentItem(m_revisionList->topLevelItem(1));
}

void ArticleEditor::loadTranslations()
{
    const qint64 shown = m_beside->currentData().toLongLong();
    const QSignalBlocker block(m_beside);
    m_beside->clear();
    m_beside->addItem(tr("Preview"), qint64(0));
    if (m_articleId != 0) {
        auto translations = m_catalog.translations(m_articleId);
        if (translations) {
            for (const KbArticleSummary& t : std::as_const(translations.value()))
                m_beside->addItem(tr("%1: %2").arg(KbLabels::languageName(t.lang), t.title), t.id);
        } else {
            showMessage(
                tr("The translations could not be read: %1").arg(translations.error().message),
                true);
        }
    }
    m_beside->setCurrentIndex(std::max(0, m_beside->findData(shown)));
    showBesideChoice(m_beside->currentIndex());
}

void ArticleEditor::showBeside(qint64 articleId)
{
    loadTranslations();
    const int index = m_beside->findData(articleId);
    if (index >= 0)
        m_beside->setCurrentIndex(index);
}

void ArticleEditor::showBesideChoice(int index)
{
    const qint64 id = m_beside->itemData(index).toLongLong();
    if (id == 0) {
        m_besideStack->setCurrentIndex(0);
        return;
    }
    auto other = m_repository.get(id);
    if (!other) {
        m_translationTitle->setText(
            tr("This version cannot be shown: %1").arg(other.error().message));
        m_translationText->clear();
    } else {
        m_translationTitle->setText(
            tr("%1: %2").arg(KbLabels::languageName(other->lang), other->title));
        m_translationText->setPlainText(other->body);
    }
    m_besideStack->setCurrentIndex(1);
}

void ArticleEditor::fillTranslationMenu()
{
    QMenu* menu = m_newTranslation->menu();
    menu->clear();
    QStringList present{m_saved.lang};
    for (int i = 1; i < m_beside->count(); ++i) {
        auto other = m_catalog.summaries({m_beside->itemData(i).toLongLong()});
        if (other && !other->isEmpty())
            present.append(other->first().lang);
    }
    for (const QString& lang : KbLabels::languages()) {
        if (present.contains(lang))
            continue;
        menu->addAction(KbLabels::languageName(lang), this, [this, lang] {
            auto id = createTranslation(lang);
            if (!id)
                showMessage(tr("The translation was not created: %1").arg(id.error().message),
                            true);
        });
    }
    if (menu->isEmpty())
        menu->addAction(tr("Every language has a version"))->setEnabled(false);
}

Result<qint64> ArticleEditor::createTranslation(const QString& lang)
{
    if (m_articleId == 0)
        return Error{ErrorKind::Usage, tr("save the article first")};
    // Starts as a copy: the translator replaces it paragraph by paragraph
    // and keeps the structure (headings, lists, links) of the original.
    Article draft;
    draft.title = m_saved.title;
    draft.body = m_saved.body;
    draft.lang = lang;
    draft.status = QStringLiteral("draft");
    draft.categoryId = m_saved.categoryId;
    draft.tags = m_saved.tags;
    draft.authorId = m_agentId;
    // Translations point at the original, never at another translation.
    draft.translationOf = m_saved.translationOf > 0 ? m_saved.translationOf : m_articleId;
    auto id = m_repository.create(draft);
    if (!id)
        return id;
    loadTranslations();
    showMessage(tr("A %1 draft was created; it opens in its own window.")
                    .arg(KbLabels::languageName(lang)));
    emit translationCreated(id.value(), m_articleId);
    return id;
}

void ArticleEditor::compareRevision()
{
    QTreeWidgetItem* item = m_revisionList->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, kRevisionRole).toLongLong();
    auto revision = std::find_if(m_revisions.cbegin(), m_revisions.cend(),
                                 [id](const ArticleRevision& r) { return r.id == id; });
    if (revision == m_revisions.cend())
        return;
    const QList<RevisionDiff::Hunk> hunks =
        RevisionDiff::compute(revision->body, m_text->toPlainText());
    QString summary = tr("From the revision of %1 to the text in the editor: %2.")
                          .arg(localDateTime(revision->at), RevisionDiffFormatter::summary(hunks));
    if (revision->title != m_title->text().trimmed())
        summary += QLatin1Char(' ') + tr("The title was \"%1\".").arg(revision->title);
    m_diffSummary->setText(summary);
    m_diff->setHtml(RevisionDiffFormatter(m_diff->palette()).toHtml(hunks));
}

void ArticleEditor::restoreRevision()
{
    QTreeWidgetItem* item = m_revisionList->currentItem();
    if (!item || isModified())
        return;
    const qint64 id = item->data(0, kRevisionRole).toLongLong();
    const QString when = item->text(0);
    if (Status status = m_repository.restoreRevision(id, m_agentId); !status) {
        qCWarning(lcUiKb) << "restore revision" << id << status.error().toString();
        showMessage(tr("The revision was not restored: %1").arg(status.error().message), true);
        return;
    }
    load();
    m_diff->clear();
    m_diffSummary->clear();
    showMessage(
        tr("The revision of %1 is the current text again, saved as a new revision.").arg(when));
    emit articleSaved(m_articleId);
}

void ArticleEditor::showMessage(const QString& text, bool isError)
{
    m_message->setText(text);
    // Errors read as errors by their wording; the colour only supports it.
    m_message->setForegroundRole(isError ? QPalette::Text : QPalette::PlaceholderText);
    QFont font = m_message->font();
    font.setBold(isError);
    m_message->setFont(font);
}

bool ArticleEditor::askAboutUnsavedChanges()
{
    if (m_closing || !isModified())
        return false;
    m_unsavedBar->show();
    m_unsavedBar->findChild<QPushButton*>(QStringLiteral("saveAndCloseButton"))
        ->setFocus(Qt::OtherFocusReason);
    return true;
}

void ArticleEditor::closeEvent(QCloseEvent* event)
{
    if (askAboutUnsavedChanges()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void ArticleEditor::reject()
{
    if (askAboutUnsavedChanges())
        return;
    QDialog::reject();
}

} // namespace Switchboard
