// SPDX-License-Identifier: MIT
#include "templatesettingspage.h"

#include "common/messagebox.h"
#include "common/uilogging.h"
#include "fieldmessage.h"
#include "kb/kblabels.h"
#include "storage/transaction.h"
#include "templates/replytemplaterepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTextCharFormat>
#include <QTextEdit>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Switchboard {
namespace {

constexpr int kKeyRole = Qt::UserRole;
constexpr int kUsageRole = Qt::UserRole + 1;
constexpr qint64 kSampleDueInMs = 60 * 60 * 1000;
constexpr qint64 kSampleTicket = 1234;
constexpr int kMaxNameLength = 200;

const QString kNewKeyPrefix = QStringLiteral("\u0001new-");

bool isNewKey(const QString& key)
{
    return key.startsWith(kNewKeyPrefix);
}

// "Russian (ru)": the language and the key the customer's profile uses.
QString variantTitle(const QString& lang)
{
    return QStringLiteral("%1 (%2)").arg(KbLabels::languageName(lang), lang);
}

QString placeholderText(const QString& name)
{
    return QStringLiteral("{{%1}}").arg(name);
}

QLabel* caption(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

bool TemplateSettingsPage::Problems::any() const
{
    return !name.isEmpty() || !variants.isEmpty() || !bodies.isEmpty();
}

TemplateSettingsPage::TemplateSettingsPage(DatabasePtr database, QWidget* parent)
    : TemplateSettingsPage(std::move(database), Clock::system(), parent)
{}

TemplateSettingsPage::TemplateSettingsPage(DatabasePtr database, const Clock& clock,
                                           QWidget* parent)
    : QWidget(parent)
    , m_database(std::move(database))
    , m_clock(clock)
{
    setObjectName(QStringLiteral("templateSettingsPage"));
    setAccessibleName(tr("Reply template settings"));

    auto* intro = new QLabel(tr("Canned replies agents insert with Ctrl+T or “/”. A template has "
                                "one text per language; the reply uses the customer's."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("templateSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createList());
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("templateEditorScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // The fields take focus themselves, and the area scrolls to show them.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(createEditor());
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 600});

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("templateStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_revertButton = new QPushButton(tr("&Revert"), this);
    m_revertButton->setObjectName(QStringLiteral("revertTemplateButton"));
    m_revertButton->setToolTip(tr("Discard the changes to this template"));
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveTemplateButton"));
    m_saveButton->setDefault(true);

    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(6);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_revertButton);
    bottom->addWidget(m_saveButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(8);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);

    connect(m_revertButton, &QPushButton::clicked, this, &TemplateSettingsPage::revert);
    connect(m_saveButton, &QPushButton::clicked, this, &TemplateSettingsPage::save);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_saveButton->isEnabled())
            save();
    });
    auto* findShortcut = new QShortcut(QKeySequence::Find, this);
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    reload();
}

QString TemplateSettingsPage::acknowledgementName()
{
    return QStringLiteral("acknowledgement");
}

TemplateContext TemplateSettingsPage::sampleContext(const QString& lang, qint64 nowMs)
{
    // Sample data in the variant's own language, not interface text: the
    // Russian variant is previewed for a Russian customer whatever the
    // operator's language, so these strings are not translated.
    TemplateContext context;
    context.customerLanguage = lang;
    context.ticketId = kSampleTicket;
    context.firstResponseDueMs = nowMs + kSampleDueInMs;
    context.resolutionDueMs = nowMs + kSampleDueInMs;
    if (lang == QLatin1String("ru")) {
        context.customerName = QStringLiteral("Ольга Зайцева");
        context.customerEmail = QStringLiteral("olga.zaitseva@example.ru");
        context.customerTimeZone = QStringLiteral("Europe/Moscow");
        context.ticketSubject = QStringLiteral("Принтер не печатает");
        context.agentName = QStringLiteral("Анна Петрова");
    } else if (lang == QLatin1String("zh")) {
        context.customerName = QStringLiteral("王芳");
        context.customerEmail = QStringLiteral("wang.fang@example.cn");
        context.customerTimeZone = QStringLiteral("Asia/Shanghai");
        context.ticketSubject = QStringLiteral("重置密码失败");
        context.agentName = QStringLiteral("李娜");
    } else {
        context.customerName = QStringLiteral("Jane Doe");
        context.customerEmail = QStringLiteral("jane.doe@example.com");
        context.customerTimeZone = QStringLiteral("America/New_York");
        context.ticketSubject = QStringLiteral("Printer does not print");
        context.agentName = QStringLiteral("Anna Petrova");
    }
    return context;
}

QWidget* TemplateSettingsPage::createList()
{
    auto* panel = new QWidget(this);

    m_search = new QLineEdit(panel);
    m_search->setObjectName(QStringLiteral("templateSearch"));
    m_search->setAccessibleName(tr("Search templates"));
    m_search->setPlaceholderText(
        tr("Search name, category or text (%1)")
            .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setClearButtonEnabled(true);

    m_categoryFilter = new QComboBox(panel);
    m_categoryFilter->setObjectName(QStringLiteral("templateCategoryFilter"));
    m_categoryFilter->setAccessibleName(tr("Show category"));
    m_categoryFilter->setToolTip(tr("Show the templates of one category"));
    m_categoryFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_list = new QTreeWidget(panel);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Templates"));
    m_list->setHeaderLabels({tr("Template"), tr("Category")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_emptyList = caption(QString(), panel);
    m_emptyList->setObjectName(QStringLiteral("templateListEmpty"));
    m_emptyList->setWordWrap(true);
    m_emptyList->hide();

    m_newButton = new QPushButton(tr("&New"), panel);
    m_newButton->setObjectName(QStringLiteral("newTemplateButton"));
    m_newButton->setToolTip(tr("Start a new template"));
    m_duplicateButton = new QPushButton(tr("D&uplicate"), panel);
    m_duplicateButton->setObjectName(QStringLiteral("duplicateTemplateButton"));
    m_duplicateButton->setToolTip(
        tr("Start a new template from a copy of the selected one, every language included"));
    m_deleteButton = new QPushButton(tr("&Delete"), panel);
    m_deleteButton->setObjectName(QStringLiteral("deleteTemplateButton"));

    m_listProblem = new FieldMessage(panel);
    m_listProblem->setObjectName(QStringLiteral("templateListProblem"));

    auto* filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->setSpacing(4);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_categoryFilter);

    auto* buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(4);
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_duplicateButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_emptyList);
    layout->addLayout(buttons);
    layout->addWidget(m_listProblem);

    connect(m_search, &QLineEdit::textChanged, this, &TemplateSettingsPage::rebuildList);
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            rebuildList();
    });
    connect(m_newButton, &QPushButton::clicked, this, &TemplateSettingsPage::newTemplate);
    connect(m_duplicateButton, &QPushButton::clicked, this,
            &TemplateSettingsPage::duplicateSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &TemplateSettingsPage::removeSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (m_loading)
            return;
        m_listProblem->showMessage(QString());
        setStatus(QString());
        showEntry(item ? item->data(0, kKeyRole).toString() : QString());
    });
    return panel;
}

QWidget* TemplateSettingsPage::createEditor()
{
    m_editor = new QWidget(this);
    m_editor->setObjectName(QStringLiteral("templateEditor"));

    m_systemNote = caption(tr("New tickets are acknowledged with this template. Its texts can be "
                              "reworded; its name and languages stay."),
                           m_editor);
    m_systemNote->setObjectName(QStringLiteral("systemTemplateNote"));
    m_systemNote->setWordWrap(true);
    m_systemNote->hide();

    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(6);

    m_name = new QLineEdit(m_editor);
    m_name->setObjectName(QStringLiteral("templateName"));
    m_name->setAccessibleName(tr("Template name"));
    m_name->setMaxLength(kMaxNameLength);
    form->addRow(tr("&Name"), m_name);
    m_nameProblem = new FieldMessage(m_editor);
    m_nameProblem->setObjectName(QStringLiteral("templateNameProblem"));
    form->addRow(QString(), m_nameProblem);

    m_category = new QComboBox(m_editor);
    m_category->setObjectName(QStringLiteral("templateCategory"));
    m_category->setAccessibleName(tr("Category"));
    m_category->setToolTip(tr("Groups templates in this list; pick one or type a new one"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    form->addRow(tr("&Category"), m_category);

    m_addVariantButton = new QToolButton(m_editor);
    m_addVariantButton->setObjectName(QStringLiteral("addVariantButton"));
    m_addVariantButton->setText(tr("&Add language"));
    m_addVariantButton->setAccessibleName(tr("Add language"));
    m_addVariantButton->setToolTip(tr("Write this template in one more language"));
    m_addVariantButton->setPopupMode(QToolButton::InstantPopup);
    m_addVariantButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_addVariantButton->setFocusPolicy(Qt::StrongFocus);
    auto* addMenu = new QMenu(m_addVariantButton);
    addMenu->setObjectName(QStringLiteral("addVariantMenu"));
    for (const QString& lang : ReplyTemplateRepository::languages()) {
        QAction* action = addMenu->addAction(variantTitle(lang));
        action->setObjectName(QStringLiteral("addVariant_%1").arg(lang));
        connect(action, &QAction::triggered, this, [this, lang] { addVariant(lang); });
    }
    m_addVariantButton->setMenu(addMenu);
    m_removeVariantButton = new QPushButton(tr("Remove lan&guage"), m_editor);
    m_removeVariantButton->setObjectName(QStringLiteral("removeVariantButton"));
    connect(m_removeVariantButton, &QPushButton::clicked, this, [this] {
        const int index = m_variants->currentIndex();
        if (index >= 0 && index < int(m_variantEditors.size()))
            removeVariant(m_variantEditors.at(size_t(index)).lang);
    });
    auto* variantButtons = new QHBoxLayout;
    variantButtons->setContentsMargins(0, 0, 0, 0);
    variantButtons->setSpacing(4);
    variantButtons->addWidget(m_addVariantButton);
    variantButtons->addWidget(m_removeVariantButton);
    variantButtons->addStretch(1);
    form->addRow(tr("Languages"), variantButtons);
    m_variantsProblem = new FieldMessage(m_editor);
    m_variantsProblem->setObjectName(QStringLiteral("variantsProblem"));
    form->addRow(QString(), m_variantsProblem);

    m_variants = new QTabWidget(m_editor);
    m_variants->setObjectName(QStringLiteral("templateVariants"));
    m_variants->setAccessibleName(tr("Languages of the template"));
    m_variants->setDocumentMode(true);
    const QStringList languages = ReplyTemplateRepository::languages();
    for (size_t i = 0; i < m_variantEditors.size(); ++i) {
        m_variantEditors.at(i) = createVariantEditor(languages.at(qsizetype(i)));
        m_variants->addTab(m_variantEditors.at(i).page, variantTitle(languages.at(qsizetype(i))));
    }
    connect(m_variants, &QTabWidget::currentChanged, this, [this] {
        if (!m_loading)
            updateState();
    });

    auto* layout = new QVBoxLayout(m_editor);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_systemNote);
    layout->addLayout(form);
    layout->addWidget(m_variants, 1);

    connect(m_name, &QLineEdit::textChanged, this, &TemplateSettingsPage::formEdited);
    connect(m_category, &QComboBox::currentTextChanged, this, &TemplateSettingsPage::formEdited);
    return m_editor;
}

TemplateSettingsPage::VariantEditor TemplateSettingsPage::createVariantEditor(const QString& lang)
{
    VariantEditor editor;
    editor.lang = lang;
    editor.page = new QWidget(m_editor);
    editor.page->setObjectName(QStringLiteral("variant_%1").arg(lang));
    const QString language = KbLabels::languageName(lang);

    editor.body = new QPlainTextEdit(editor.page);
    editor.body->setObjectName(QStringLiteral("templateBody_%1").arg(lang));
    editor.body->setAccessibleName(tr("Reply text in %1").arg(language));
    editor.body->setTabChangesFocus(true);
    editor.body->setPlaceholderText(
        tr("The reply as the customer reads it; {{customer.name}} and the other placeholders "
           "are filled in when it is inserted."));
    editor.body->setMinimumHeight(120);

    editor.placeholders = new QToolButton(editor.page);
    editor.placeholders->setObjectName(QStringLiteral("insertPlaceholderButton_%1").arg(lang));
    editor.placeholders->setText(tr("Insert &placeholder"));
    editor.placeholders->setAccessibleName(tr("Insert placeholder into the %1 text").arg(language));
    editor.placeholders->setToolTip(tr("Insert a value filled in for each ticket at the cursor"));
    editor.placeholders->setPopupMode(QToolButton::InstantPopup);
    editor.placeholders->setToolButtonStyle(Qt::ToolButtonTextOnly);
    editor.placeholders->setFocusPolicy(Qt::StrongFocus);
    auto* menu = new QMenu(editor.placeholders);
    menu->setObjectName(QStringLiteral("placeholderMenu_%1").arg(lang));
    for (const QString& name : TemplateRenderer::placeholders()) {
        QAction* action = menu->addAction(placeholderText(name));
        action->setObjectName(QStringLiteral("placeholder_%1").arg(name));
        connect(action, &QAction::triggered, this, [this, name] { insertPlaceholder(name); });
    }
    editor.placeholders->setMenu(menu);

    editor.bodyProblem = new FieldMessage(editor.page);
    editor.bodyProblem->setObjectName(QStringLiteral("templateBodyProblem_%1").arg(lang));

    const TemplateContext sample = sampleContext(lang, 0);
    editor.previewCaption = caption(tr("Preview for %1, ticket #%2, due in one hour")
                                        .arg(sample.customerName, QString::number(sample.ticketId)),
                                    editor.page);
    editor.previewCaption->setObjectName(QStringLiteral("templatePreviewCaption_%1").arg(lang));
    editor.preview = new QPlainTextEdit(editor.page);
    editor.preview->setObjectName(QStringLiteral("templatePreview_%1").arg(lang));
    editor.preview->setAccessibleName(tr("Preview of the %1 text").arg(language));
    editor.preview->setReadOnly(true);
    editor.preview->setTabChangesFocus(true);
    editor.preview->setMinimumHeight(100);
    editor.preview->setBackgroundRole(QPalette::Window);
    editor.previewProblem = new FieldMessage(editor.page);
    editor.previewProblem->setObjectName(QStringLiteral("templatePreviewProblem_%1").arg(lang));

    auto* tools = new QHBoxLayout;
    tools->setContentsMargins(0, 0, 0, 0);
    tools->addWidget(editor.placeholders);
    tools->addStretch(1);

    auto* layout = new QVBoxLayout(editor.page);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(editor.body, 3);
    layout->addLayout(tools);
    layout->addWidget(editor.bodyProblem);
    layout->addSpacing(6);
    layout->addWidget(editor.previewCaption);
    layout->addWidget(editor.preview, 2);
    layout->addWidget(editor.previewProblem);

    connect(editor.body, &QPlainTextEdit::textChanged, this, &TemplateSettingsPage::formEdited);
    return editor;
}

void TemplateSettingsPage::reload()
{
    // Stored templates are read again when next shown; edits stay.
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (!isNewKey(it.key()) && !it->edited)
            it = m_entries.erase(it);
        else
            ++it;
    }
    rebuildList();
}

void TemplateSettingsPage::rebuildList()
{
    ReplyTemplateRepository repository(m_database, m_clock);
    auto found = repository.search(m_search->text(), {}, 0);
    if (!found) {
        qCWarning(lcUi) << "cannot list reply templates:" << found.error().toString();
        m_listProblem->showMessage(tr("The templates cannot be read: %1")
                                       .arg(FieldMessage::sentence(found.error().message)));
    }
    const QList<ReplyTemplate> templates = found ? found.value() : QList<ReplyTemplate>();

    // One row per name, in the order of its best match; the row's category
    // is that of its first language.
    QList<Row> rows;
    QHash<QString, qsizetype> rowOf;
    for (const ReplyTemplate& reply : templates) {
        qsizetype at = rowOf.value(reply.name, -1);
        if (at < 0) {
            at = rows.size();
            rowOf.insert(reply.name, at);
            rows.append(Row{reply.name, reply.name, reply.category, {}, 0});
        }
        rows[at].languages.append(reply.lang);
        rows[at].usage += reply.usageCount;
    }
    const QStringList order = ReplyTemplateRepository::languages();
    for (Row& row : rows) {
        std::sort(row.languages.begin(), row.languages.end(),
                  [&order](const QString& a, const QString& b) {
                      return order.indexOf(a) < order.indexOf(b);
                  });
    }

    // Categories from every template, not only the ones the search found.
    QStringList categories;
    const auto collect = [&categories](const QList<ReplyTemplate>& list) {
        for (const ReplyTemplate& reply : list) {
            if (!reply.category.isEmpty() && !categories.contains(reply.category))
                categories.append(reply.category);
        }
    };
    if (m_search->text().trimmed().isEmpty()) {
        collect(templates);
    } else if (auto all = repository.search(QString(), {}, 0)) {
        collect(all.value());
    }
    for (const Entry& entry : std::as_const(m_entries)) {
        if (entry.edited && !entry.edited->category.trimmed().isEmpty() &&
            !categories.contains(entry.edited->category.trimmed()))
            categories.append(entry.edited->category.trimmed());
    }
    categories.sort(Qt::CaseInsensitive);
    rebuildCategories(categories);

    const QVariant filter = m_categoryFilter->currentData();
    const auto shown = [&filter](const QString& category) {
        return !filter.isValid() || category == filter.toString();
    };

    const bool wasLoading = m_loading;
    m_loading = true;
    m_list->clear();
    QTreeWidgetItem* current = nullptr;
    const auto addItem = [&](const Row& row, const Entry* entry) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, kKeyRole, row.key);
        item->setData(0, kUsageRole, row.usage);
        item->setText(0, rowText(row, entry));
        item->setText(1, entry && entry->edited ? entry->edited->category.trimmed() : row.category);
        item->setToolTip(0, item->text(0));
        if (row.key == m_currentKey)
            current = item;
    };
    // New templates first, so they never hide behind a filter.
    for (const QString& key : std::as_const(m_newKeys)) {
        const Entry& entry = m_entries[key];
        addItem(Row{key, {}, {}, {}, 0}, &entry);
    }
    for (const Row& row : std::as_const(rows)) {
        const auto it = m_entries.constFind(row.key);
        const Entry* entry = it == m_entries.constEnd() ? nullptr : &it.value();
        const QString category =
            entry && entry->edited ? entry->edited->category.trimmed() : row.category;
        if (shown(category))
            addItem(row, entry);
    }
    if (!current && m_list->topLevelItemCount() > 0)
        current = m_list->topLevelItem(0);
    m_list->setCurrentItem(current);

    const bool empty = m_list->topLevelItemCount() == 0;
    m_emptyList->setVisible(empty);
    if (empty) {
        m_emptyList->setText(templates.isEmpty() && m_search->text().trimmed().isEmpty()
                                 ? tr("No templates yet. Start one with New.")
                                 : tr("No template matches. Clear the search or choose "
                                      "another category."));
    }
    m_loading = wasLoading;
    showEntry(current ? current->data(0, kKeyRole).toString() : QString());
}

void TemplateSettingsPage::rebuildCategories(const QStringList& categories)
{
    const bool wasLoading = m_loading;
    m_loading = true;

    const QVariant filter = m_categoryFilter->currentData();
    m_categoryFilter->clear();
    m_categoryFilter->addItem(tr("All categories"));
    for (const QString& category : categories)
        m_categoryFilter->addItem(category, category);
    const int at = filter.isValid() ? m_categoryFilter->findData(filter) : 0;
    m_categoryFilter->setCurrentIndex(std::max(at, 0));

    const QString typed = m_category->currentText();
    m_category->clear();
    m_category->addItems(categories);
    m_category->setCurrentText(typed);

    m_loading = wasLoading;
}

void TemplateSettingsPage::showEntry(const QString& key)
{
    m_currentKey = key;
    Entry* entry = currentEntry();
    if (entry && !ensureOriginal(key, *entry))
        entry = nullptr;
    m_editor->setEnabled(entry != nullptr);
    showForm(entry ? (entry->edited ? *entry->edited : *entry->original) : Form{});

    const bool locked = entry && isProtected(*entry);
    m_systemNote->setVisible(locked);
    m_name->setReadOnly(locked);
    m_name->setToolTip(locked ? tr("New tickets are acknowledged with the template of this name, "
                                   "so it cannot be renamed. Duplicate it to start a similar "
                                   "template.")
                              : tr("Agents find the template by this name; each language "
                                   "variant shares it"));
    updateState();
}

void TemplateSettingsPage::showForm(const Form& form)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_name->setText(form.name);
    m_category->setCurrentText(form.category);
    int firstShown = -1;
    for (size_t i = 0; i < m_variantEditors.size(); ++i) {
        VariantEditor& editor = m_variantEditors.at(i);
        const auto it = std::find_if(form.variants.cbegin(), form.variants.cend(),
                                     [&editor](const Variant& v) { return v.lang == editor.lang; });
        const bool present = it != form.variants.cend();
        m_variants->setTabVisible(int(i), present);
        editor.body->setPlainText(present ? it->body : QString());
        if (present && firstShown < 0)
            firstShown = int(i);
    }
    if (!m_variants->isTabVisible(m_variants->currentIndex()) && firstShown >= 0)
        m_variants->setCurrentIndex(firstShown);
    m_loading = wasLoading;
}

TemplateSettingsPage::Form TemplateSettingsPage::readForm() const
{
    Form form;
    form.name = m_name->text();
    form.category = m_category->currentText();
    const Entry* entry = currentEntry();
    for (size_t i = 0; i < m_variantEditors.size(); ++i) {
        if (!m_variants->isTabVisible(int(i)))
            continue;
        const VariantEditor& editor = m_variantEditors.at(i);
        Variant variant;
        variant.lang = editor.lang;
        variant.body = editor.body->toPlainText();
        // A language removed and added again updates the stored row.
        if (entry && entry->original) {
            for (const Variant& stored : entry->original->variants) {
                if (stored.lang == editor.lang)
                    variant.id = stored.id;
            }
        }
        form.variants.append(variant);
    }
    return form;
}

void TemplateSettingsPage::formEdited()
{
    Entry* entry = currentEntry();
    if (m_loading || !entry || !entry->original)
        return;
    entry->edited = readForm();
    entry->saveError.clear();
    if (QTreeWidgetItem* item = m_list->currentItem()) {
        const Row row{item->data(0, kKeyRole).toString(),
                      entry->storedName,
                      {},
                      {},
                      item->data(0, kUsageRole).toInt()};
        item->setText(0, rowText(row, entry));
        item->setText(1, entry->edited->category.trimmed());
        item->setToolTip(0, item->text(0));
    }
    setStatus(QString());
}

TemplateSettingsPage::Problems TemplateSettingsPage::check(const Form& form) const
{
    Problems problems;
    if (form.name.trimmed().isEmpty())
        problems.name = tr("Give the template a name.");
    if (form.variants.isEmpty())
        problems.variants = tr("Add at least one language.");
    for (const Variant& variant : form.variants) {
        if (variant.body.trimmed().isEmpty())
            problems.bodies.insert(variant.lang, tr("Write the reply, or remove this language."));
    }
    return problems;
}

namespace {

template <typename Form> bool sameForm(const Form& a, const Form& b)
{
    if (a.name != b.name || a.category != b.category || a.variants.size() != b.variants.size())
        return false;
    for (qsizetype i = 0; i < a.variants.size(); ++i) {
        if (a.variants.at(i).lang != b.variants.at(i).lang ||
            a.variants.at(i).body != b.variants.at(i).body)
            return false;
    }
    return true;
}

} // namespace

bool TemplateSettingsPage::isDirty(const Entry& entry) const
{
    if (entry.storedName.isEmpty())
        return true;
    return entry.edited && entry.original && !sameForm(*entry.edited, *entry.original);
}

bool TemplateSettingsPage::isProtected(const Entry& entry) const
{
    return entry.storedName == acknowledgementName();
}

void TemplateSettingsPage::updateState()
{
    const Entry* entry = currentEntry();
    const bool loaded = entry && entry->original;
    const Form form = loaded ? (entry->edited ? *entry->edited : *entry->original) : Form{};
    const Problems problems = loaded ? check(form) : Problems{};
    const bool locked = loaded && isProtected(*entry);

    m_nameProblem->showMessage(loaded && !entry->saveError.isEmpty() ? entry->saveError
                                                                     : problems.name);
    m_variantsProblem->showMessage(problems.variants);
    for (size_t i = 0; i < m_variantEditors.size(); ++i) {
        const VariantEditor& editor = m_variantEditors.at(i);
        const QString problem = problems.bodies.value(editor.lang);
        editor.bodyProblem->showMessage(problem);
        // A sign as well as the message, for a problem on a tab not shown.
        m_variants->setTabText(int(i), problem.isEmpty()
                                           ? variantTitle(editor.lang)
                                           : QStringLiteral("\u26a0 ") + variantTitle(editor.lang));
        if (m_variants->isTabVisible(int(i)))
            updatePreview(editor);
    }

    QStringList missing;
    for (const QString& lang : ReplyTemplateRepository::languages()) {
        const bool present = std::any_of(form.variants.cbegin(), form.variants.cend(),
                                         [&lang](const Variant& v) { return v.lang == lang; });
        if (QAction* action = m_addVariantButton->menu()->findChild<QAction*>(
                QStringLiteral("addVariant_%1").arg(lang)))
            action->setEnabled(!present);
        if (!present)
            missing.append(lang);
    }
    m_addVariantButton->setEnabled(loaded && !missing.isEmpty());
    const bool anyVariant = m_variants->isTabVisible(m_variants->currentIndex());
    m_removeVariantButton->setEnabled(loaded && !locked && anyVariant);
    m_removeVariantButton->setToolTip(
        locked ? tr("New tickets are acknowledged in the customer's language, so this template "
                    "keeps every language it has.")
               : tr("Remove the language shown from this template; saved when you save"));

    const bool dirty = loaded && isDirty(*entry);
    m_saveButton->setEnabled(dirty && !problems.any());
    m_saveButton->setToolTip(
        dirty && problems.any()
            ? tr("Correct the marked fields to save")
            : tr("Store this template in every language shown (%1)")
                  .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revertButton->setEnabled(loaded && entry->edited.has_value() &&
                               !sameForm(*entry->edited, *entry->original));
    m_duplicateButton->setEnabled(loaded);
    m_deleteButton->setEnabled(entry && !locked);
    m_deleteButton->setToolTip(
        locked ? tr("New tickets are acknowledged with this template, so it cannot be deleted. "
                    "Its texts can be reworded.")
               : tr("Delete the selected template in every language"));
    if (m_status->text().isEmpty() && dirty)
        m_status->setText(entry->storedName.isEmpty() ? tr("New template, not saved yet")
                                                      : tr("Unsaved changes"));
}

void TemplateSettingsPage::updatePreview(const VariantEditor& editor)
{
    const RenderResult rendered = TemplateRenderer::render(
        editor.body->toPlainText(), sampleContext(editor.lang, m_clock.nowMs()));
    editor.preview->setPlainText(rendered.text);

    // Unknown placeholders stay in the text as written; mark each there too.
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    format.setUnderlineColor(FieldMessage::warningColor(palette()));
    format.setForeground(FieldMessage::warningColor(palette()));
    QStringList unknown;
    for (const QString& name : rendered.unknownPlaceholders) {
        unknown.append(placeholderText(name));
        const QRegularExpression written(
            QStringLiteral("\\{\\{\\s*%1\\s*\\}\\}").arg(QRegularExpression::escape(name)));
        for (auto it = written.globalMatch(rendered.text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(editor.preview->document());
            mark.cursor.setPosition(int(match.capturedStart()));
            mark.cursor.setPosition(int(match.capturedEnd()), QTextCursor::KeepAnchor);
            mark.format = format;
            marks.append(mark);
        }
    }
    editor.preview->setExtraSelections(marks);
    editor.previewProblem->showMessage(
        unknown.isEmpty()
            ? QString()
            : tr("Unknown placeholder(s) %1: the customer would see them as written. Choose "
                 "from Insert placeholder.",
                 nullptr, int(unknown.size()))
                  .arg(QLocale().createSeparatedList(unknown)));
}

void TemplateSettingsPage::insertPlaceholder(const QString& placeholder)
{
    const int index = m_variants->currentIndex();
    if (index < 0 || index >= int(m_variantEditors.size()) || !m_variants->isTabVisible(index))
        return;
    QPlainTextEdit* body = m_variantEditors.at(size_t(index)).body;
    body->insertPlainText(placeholderText(placeholder));
    body->setFocus(Qt::OtherFocusReason);
}

void TemplateSettingsPage::setStatus(const QString& text)
{
    m_status->setText(text);
    updateState();
}

bool TemplateSettingsPage::ensureOriginal(const QString& key, Entry& entry)
{
    if (entry.original)
        return true;
    ReplyTemplateRepository repository(m_database, m_clock);
    auto variants = repository.variants(key);
    if (!variants || variants->isEmpty()) {
        const QString why = variants ? tr("it was deleted meanwhile")
                                     : FieldMessage::sentence(variants.error().message);
        if (!variants)
            qCWarning(lcUi) << "cannot read reply template" << key << variants.error().toString();
        m_listProblem->showMessage(tr("“%1” cannot be shown: %2").arg(key, why));
        return false;
    }
    Form form;
    form.name = key;
    form.category = variants->first().category;
    for (const ReplyTemplate& reply : variants.value())
        form.variants.append(Variant{reply.id, reply.lang, reply.body});
    entry.storedName = key;
    entry.original = form;
    return true;
}

TemplateSettingsPage::Entry* TemplateSettingsPage::currentEntry()
{
    if (m_currentKey.isEmpty())
        return nullptr;
    auto it = m_entries.find(m_currentKey);
    if (it == m_entries.end()) {
        if (isNewKey(m_currentKey))
            return nullptr;
        it = m_entries.insert(m_currentKey, Entry{});
    }
    return &it.value();
}

const TemplateSettingsPage::Entry* TemplateSettingsPage::currentEntry() const
{
    const auto it = m_entries.constFind(m_currentKey);
    return it == m_entries.constEnd() ? nullptr : &it.value();
}

TemplateSettingsPage::VariantEditor* TemplateSettingsPage::editorFor(const QString& lang)
{
    for (VariantEditor& editor : m_variantEditors) {
        if (editor.lang == lang)
            return &editor;
    }
    return nullptr;
}

QString TemplateSettingsPage::rowText(const Row& row, const Entry* entry) const
{
    QString name = row.name;
    QStringList languages = row.languages;
    if (entry && entry->edited) {
        name = entry->edited->name.trimmed();
        languages.clear();
        for (const Variant& variant : entry->edited->variants)
            languages.append(variant.lang);
    }
    QStringList parts;
    parts.append(name.isEmpty() ? tr("(no name)") : name);
    if (!languages.isEmpty())
        parts.append(languages.join(QLatin1Char(' ')));
    if (!entry || !entry->storedName.isEmpty())
        parts.append(tr("used %Ln×", nullptr, row.usage));
    if (entry && entry->storedName.isEmpty())
        parts.append(tr("new, not saved"));
    else if (entry && isDirty(*entry))
        parts.append(tr("changed, not saved"));
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString TemplateSettingsPage::uniqueName(const QString& base) const
{
    ReplyTemplateRepository repository(m_database, m_clock);
    const auto taken = [&](const QString& name) {
        for (const Entry& entry : m_entries) {
            if (entry.storedName == name || (entry.edited && entry.edited->name.trimmed() == name))
                return true;
        }
        auto stored = repository.variants(name);
        return !stored || !stored->isEmpty();
    };
    QString name = base;
    for (int n = 2; taken(name) && n < 1000; ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

void TemplateSettingsPage::addDraft(const Form& form)
{
    const QString key = kNewKeyPrefix + QString::number(m_nextNew++);
    Entry entry;
    entry.original = form;
    entry.edited = form;
    m_entries.insert(key, entry);
    m_newKeys.append(key);
    m_currentKey = key;
    rebuildList();
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

bool TemplateSettingsPage::selectTemplate(const QString& name)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem* item = m_list->topLevelItem(row);
        const QString key = item->data(0, kKeyRole).toString();
        const auto it = m_entries.constFind(key);
        const bool matches = key == name || (isNewKey(key) && it != m_entries.constEnd() &&
                                             it->edited && it->edited->name.trimmed() == name);
        if (matches) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

QString TemplateSettingsPage::currentName() const
{
    const Entry* entry = currentEntry();
    return entry ? entry->storedName : QString();
}

bool TemplateSettingsPage::hasUnsavedChanges() const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [this](const Entry& entry) { return isDirty(entry); });
}

void TemplateSettingsPage::newTemplate()
{
    // First in the operator's language, which is most often the one they write in.
    const QString uiLanguage = QLocale().name().left(2);
    const QString lang = ReplyTemplateRepository::languages().contains(uiLanguage)
                             ? uiLanguage
                             : QStringLiteral("en");
    Form form;
    const QVariant filter = m_categoryFilter->currentData();
    if (filter.isValid())
        form.category = filter.toString();
    form.variants.append(Variant{0, lang, QString()});
    addDraft(form);
}

void TemplateSettingsPage::duplicateSelected()
{
    const Entry* entry = currentEntry();
    if (!entry || !entry->original)
        return;
    Form form = entry->edited ? *entry->edited : *entry->original;
    form.name = uniqueName(tr("%1 (copy)").arg(form.name.trimmed()));
    for (Variant& variant : form.variants)
        variant.id = 0;
    addDraft(form);
}

bool TemplateSettingsPage::addVariant(const QString& lang)
{
    Entry* entry = currentEntry();
    VariantEditor* editor = editorFor(lang);
    const int index = m_variants->indexOf(editor ? editor->page : nullptr);
    if (!entry || !entry->original || index < 0 || m_variants->isTabVisible(index))
        return false;
    m_variants->setTabVisible(index, true);
    m_variants->setCurrentIndex(index);
    formEdited();
    editor->body->setFocus(Qt::OtherFocusReason);
    return true;
}

bool TemplateSettingsPage::removeVariant(const QString& lang)
{
    Entry* entry = currentEntry();
    VariantEditor* editor = editorFor(lang);
    const int index = m_variants->indexOf(editor ? editor->page : nullptr);
    if (!entry || !entry->original || isProtected(*entry) || index < 0 ||
        !m_variants->isTabVisible(index))
        return false;
    // The text stays in the hidden tab, so adding the language again brings it back.
    m_variants->setTabVisible(index, false);
    formEdited();
    return true;
}

bool TemplateSettingsPage::save()
{
    Entry* entry = currentEntry();
    if (!entry || !entry->original)
        return false;
    const QString key = m_currentKey;
    Form form = entry->edited ? *entry->edited : *entry->original;
    if (!isDirty(*entry) || check(form).any())
        return false;
    form.name = form.name.trimmed();
    form.category = form.category.trimmed();

    ReplyTemplateRepository repository(m_database, m_clock);
    const auto refuse = [this, entry, &form](const Error& error) {
        qCInfo(lcUi) << "reply template not saved:" << error.toString();
        if (error.kind == ErrorKind::Conflict || error.kind == ErrorKind::BadInput) {
            entry->saveError = FieldMessage::sentence(error.message);
            setStatus(tr("Not saved"));
            m_name->setFocus(Qt::OtherFocusReason);
        } else {
            MessageBox::critical(this, tr("Reply templates"),
                                 tr("The template “%1” was not saved.").arg(form.name),
                                 error.message, error.toString());
        }
        return false;
    };

    // A name another template has only in other languages would merge the
    // two silently; the repository only refuses a name taken in the same
    // language, so that case is caught here.
    auto existing = repository.variants(form.name);
    if (!existing)
        return refuse(existing.error());
    QStringList otherLanguages;
    bool overlaps = false;
    for (const ReplyTemplate& other : existing.value()) {
        const bool own =
            std::any_of(entry->original->variants.cbegin(), entry->original->variants.cend(),
                        [&other](const Variant& v) { return v.id == other.id; });
        if (own)
            continue;
        otherLanguages.append(KbLabels::languageName(other.lang));
        overlaps =
            overlaps || std::any_of(form.variants.cbegin(), form.variants.cend(),
                                    [&other](const Variant& v) { return v.lang == other.lang; });
    }
    // Overlapping languages are left to the repository, whose Conflict says it.
    if (!otherLanguages.isEmpty() && !overlaps) {
        return refuse(Error(ErrorKind::Conflict,
                            tr("another template is named “%1” (%2): choose another name, or add "
                               "the language to that template")
                                .arg(form.name, QLocale().createSeparatedList(otherLanguages))));
    }

    // Every variant or none: a refused one rolls back those written before it.
    Transaction transaction(m_database->connection(), Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return refuse(Error(ErrorKind::Runtime, tr("the database could not start a transaction")));
    for (const Variant& stored : entry->original->variants) {
        const bool kept = std::any_of(form.variants.cbegin(), form.variants.cend(),
                                      [&stored](const Variant& v) { return v.id == stored.id; });
        if (stored.id > 0 && !kept) {
            if (Status removed = repository.remove(stored.id); !removed) {
                transaction.rollback(); // before telling, so no lock is held meanwhile
                return refuse(removed.error());
            }
        }
    }
    for (const Variant& variant : form.variants) {
        ReplyTemplate reply;
        reply.id = variant.id;
        reply.name = form.name;
        reply.category = form.category;
        reply.lang = variant.lang;
        reply.body = variant.body;
        auto written = variant.id > 0 ? repository.update(reply) : repository.add(reply);
        if (!written) {
            transaction.rollback();
            return refuse(written.error());
        }
    }
    if (Status committed = transaction.commit(); !committed)
        return refuse(committed.error());

    qCInfo(lcUi) << "saved reply template" << form.name << "in" << form.variants.size()
                 << "language(s)";
    m_entries.remove(key);
    m_newKeys.removeAll(key);
    Entry saved;
    saved.storedName = form.name;
    m_entries.insert(form.name, saved);
    m_currentKey = form.name;
    rebuildList();
    if (m_currentKey != form.name) {
        // Hidden by the search or the category filter: show it anyway.
        m_loading = true;
        m_search->clear();
        m_categoryFilter->setCurrentIndex(0);
        m_loading = false;
        m_currentKey = form.name;
        rebuildList();
    }
    setStatus(tr("Saved “%1”.").arg(form.name));
    emit changed();
    return true;
}

void TemplateSettingsPage::revert()
{
    Entry* entry = currentEntry();
    if (!entry)
        return;
    entry->edited.reset();
    entry->saveError.clear();
    if (entry->storedName.isEmpty())
        entry->edited = entry->original;
    rebuildList();
    setStatus(QString());
}

bool TemplateSettingsPage::removeSelected()
{
    Entry* entry = currentEntry();
    if (!entry)
        return false;
    const QString key = m_currentKey;
    if (entry->storedName.isEmpty()) {
        m_entries.remove(key);
        m_newKeys.removeAll(key);
        m_currentKey.clear();
        rebuildList();
        return true;
    }
    const QString name = entry->storedName;
    if (isProtected(*entry)) {
        m_listProblem->showMessage(
            tr("“%1” is not deleted: new tickets are acknowledged with it.").arg(name));
        return false;
    }
    ReplyTemplateRepository repository(m_database, m_clock);
    auto variants = repository.variants(name);
    QStringList languages;
    if (variants) {
        for (const ReplyTemplate& reply : variants.value())
            languages.append(KbLabels::languageName(reply.lang));
    }
    if (MessageBox::question(this, tr("Delete template"),
                             tr("Delete the template “%1” in every language (%2)?")
                                 .arg(name, QLocale().createSeparatedList(languages)),
                             tr("Agents can no longer insert it.")) != QMessageBox::Yes)
        return false;

    Status removed;
    if (!variants) {
        removed = variants.error();
    } else {
        Transaction transaction(m_database->connection(), Transaction::Mode::Immediate);
        if (!transaction.isActive())
            removed = Error(ErrorKind::Runtime, tr("the database could not start a transaction"));
        for (const ReplyTemplate& reply : variants.value()) {
            if (!removed)
                break;
            removed = repository.remove(reply.id);
        }
        if (removed)
            removed = transaction.commit();
    }
    if (!removed) {
        qCWarning(lcUi) << "reply template not deleted:" << removed.error().toString();
        m_listProblem->showMessage(
            tr("Not deleted: %1").arg(FieldMessage::sentence(removed.error().message)));
        return false;
    }
    qCInfo(lcUi) << "deleted reply template" << name;
    m_entries.remove(key);
    m_currentKey.clear();
    rebuildList();
    setStatus(tr("Deleted “%1”.").arg(name));
    emit changed();
    return true;
}

} // namespace Switchboard
