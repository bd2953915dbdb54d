// SPDX-License-Identifier: MIT
#include "kbarticlepane.h"

#include "articlelinkfollower.h"

#include "kblabels.h"

#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Switchboard {
namespace {

const QString kSeparator = QStringLiteral(" \u00b7 ");

QString defaultHint()
{
    return KbArticlePane::tr("Choose an article from the list to read it here.");
}

QFrame* line(QWidget* parent)
{
    auto* frame = new QFrame(parent);
    frame->setFrameShape(QFrame::HLine);
    frame->setFrameShadow(QFrame::Sunken);
    return frame;
}

QLabel* titleLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

KbArticlePane::KbArticlePane(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Article"));

    m_emptyLabel = new QLabel(defaultHint(), this);
    m_emptyLabel->setObjectName(QStringLiteral("articlePaneEmpty"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(createArticlePage());
    m_stack->addWidget(createGapPage());
    // The article reads as one sheet, title and text on the same surface,
    // as a message does in a mail client.
    for (int i = 0; i < m_stack->count(); ++i) {
        m_stack->widget(i)->setBackgroundRole(QPalette::Base);
        m_stack->widget(i)->setAutoFillBackground(true);
    }
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    setMinimumWidth(300);
    setCanVote(false);
}

QWidget* KbArticlePane::createArticlePage()
{
    auto* page = new QWidget(this);
    m_titleLabel = titleLabel(page);
    m_titleLabel->setObjectName(QStringLiteral("articleTitle"));

    m_metaLabel = new QLabel(page);
    m_metaLabel->setObjectName(QStringLiteral("articleMeta"));
    m_metaLabel->setWordWrap(true);
    m_metaLabel->setTextFormat(Qt::PlainText);
    m_metaLabel->setForegroundRole(QPalette::PlaceholderText);

    m_tagsLabel = new QLabel(page);
    m_tagsLabel->setObjectName(QStringLiteral("articleTags"));
    m_tagsLabel->setWordWrap(true);
    m_tagsLabel->setTextFormat(Qt::PlainText);
    m_tagsLabel->setForegroundRole(QPalette::PlaceholderText);

    m_body = new QTextBrowser(page);
    m_body->setObjectName(QStringLiteral("articleBody"));
    m_body->setAccessibleName(tr("Article text"));
    m_body->setFrameShape(QFrame::NoFrame);
    // kb:ID links open that article here; web links open in the browser.
    connect(new ArticleLinkFollower(m_body), &ArticleLinkFollower::articleRequested, this,
            &KbArticlePane::articleRequested);
    m_body->document()->setDocumentMargin(2);

    m_voteQuestion = new QLabel(tr("Was this article helpful?"), page);
    m_voteQuestion->setForegroundRole(QPalette::PlaceholderText);
    m_helpful = new QPushButton(page);
    m_helpful->setObjectName(QStringLiteral("helpfulButton"));
    m_helpful->setCheckable(true);
    m_notHelpful = new QPushButton(page);
    m_notHelpful->setObjectName(QStringLiteral("notHelpfulButton"));
    m_notHelpful->setCheckable(true);
    m_edit = new QPushButton(tr("&Edit"), page);
    m_edit->setObjectName(QStringLiteral("editArticleButton"));
    m_edit->setAccessibleName(tr("Edit article"));
    m_edit->setToolTip(
        tr("Edit this article (%1)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText)));
    connect(m_helpful, &QPushButton::clicked, this, [this] {
        updateVoteButtons(); // the stored vote decides the check, not the click
        emit voteRequested(true);
    });
    connect(m_notHelpful, &QPushButton::clicked, this, [this] {
        updateVoteButtons();
        emit voteRequested(false);
    });
    connect(m_edit, &QPushButton::clicked, this, &KbArticlePane::editRequested);

    auto* actions = new QHBoxLayout;
    actions->setContentsMargins(0, 4, 0, 0);
    actions->addWidget(m_voteQuestion);
    actions->addWidget(m_helpful);
    actions->addWidget(m_notHelpful);
    actions->addStretch(1);
    actions->addWidget(m_edit);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 10, 8, 8);
    layout->setSpacing(4);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_metaLabel);
    layout->addWidget(m_tagsLabel);
    layout->addWidget(line(page));
    layout->addWidget(m_body, 1);
    layout->addWidget(line(page));
    layout->addLayout(actions);
    return page;
}

QWidget* KbArticlePane::createGapPage()
{
    auto* page = new QWidget(this);
    m_gapTitle = titleLabel(page);
    m_gapTitle->setObjectName(QStringLiteral("gapTitle"));
    m_gapText = new QLabel(page);
    m_gapText->setObjectName(QStringLiteral("gapText"));
    m_gapText->setWordWrap(true);
    m_gapText->setTextFormat(Qt::PlainText);
    auto* write = new QPushButton(tr("&Write an article"), page);
    write->setObjectName(QStringLiteral("writeArticleButton"));
    connect(write, &QPushButton::clicked, this,
            [this] { emit writeArticleRequested(m_suggestedTitle); });
    m_openTicket = new QPushButton(page);
    m_openTicket->setObjectName(QStringLiteral("openTicketButton"));
    connect(m_openTicket, &QPushButton::clicked, this,
            [this] { emit ticketRequested(m_exampleTicketId); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(write);
    buttons->addWidget(m_openTicket);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(12, 10, 8, 8);
    layout->setSpacing(8);
    layout->addWidget(m_gapTitle);
    layout->addWidget(m_gapText);
    layout->addLayout(buttons);
    layout->addStretch(1);
    return page;
}

void KbArticlePane::showArticle(const Article& article, const QString& categoryPath,
                                const KbArticleUsage& usage, std::optional<bool> myVote)
{
    m_articleId = article.id;
    m_titleLabel->setText(article.title);
    const QLocale locale;
    QStringList meta{KbLabels::statusName(article.status), KbLabels::languageName(article.lang)};
    if (!categoryPath.isEmpty())
        meta.append(categoryPath);
    meta.append(tr("updated %1")
                    .arg(locale.toString(
                        QDateTime::fromMSecsSinceEpoch(article.updatedAt).toLocalTime().date(),
                        QLocale::ShortFormat)));
    if (article.reviewBy.isValid())
        meta.append(
            tr("review by %1").arg(locale.toString(article.reviewBy, QLocale::ShortFormat)));
    m_metaLabel->setText(meta.join(kSeparator));
    QStringList tagList;
    for (const QString& tag : article.tags.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!tag.trimmed().isEmpty())
            tagList.append(tag.trimmed());
    }
    const QString tags = tagList.join(QStringLiteral(", "));
    m_tagsLabel->setText(tr("Tags: %1").arg(tags));
    m_tagsLabel->setVisible(!tags.isEmpty());
    m_body->setMarkdown(article.body);
    m_body->moveCursor(QTextCursor::Start);
    setUsage(usage, myVote);
    m_stack->setCurrentIndex(1);
}

void KbArticlePane::setUsage(const KbArticleUsage& usage, std::optional<bool> myVote)
{
    m_usage = usage;
    m_myVote = myVote;
    updateVoteButtons();
}

void KbArticlePane::setCanVote(bool canVote)
{
    m_canVote = canVote;
    updateVoteButtons();
}

void KbArticlePane::updateVoteButtons()
{
    const QLocale locale;
    m_helpful->setText(tr("Helpful (%1)").arg(locale.toString(m_usage.helpfulCount)));
    m_notHelpful->setText(tr("Not helpful (%1)").arg(locale.toString(m_usage.notHelpfulCount)));
    m_helpful->setAccessibleName(tr("Helpful, %Ln vote(s)", nullptr, m_usage.helpfulCount));
    m_notHelpful->setAccessibleName(
        tr("Not helpful, %Ln vote(s)", nullptr, m_usage.notHelpfulCount));
    m_helpful->setChecked(m_myVote == true);
    m_notHelpful->setChecked(m_myVote == false);
    m_helpful->setEnabled(m_canVote);
    m_notHelpful->setEnabled(m_canVote);
    const QString why = m_canVote ? tr("Your vote counts once; voting again changes it.")
                                  : tr("Votes are counted per agent: choose who you are to vote.");
    m_helpful->setToolTip(why);
    m_notHelpful->setToolTip(why);
}

void KbArticlePane::showGap(const QString& title, const QString& text,
                            const QString& suggestedTitle, qint64 exampleTicketId)
{
    m_articleId = 0;
    m_suggestedTitle = suggestedTitle;
    m_exampleTicketId = exampleTicketId;
    m_openTicket->setText(tr("Open ticket #%1").arg(exampleTicketId));
    m_openTicket->setVisible(exampleTicketId > 0);
    m_gapTitle->setText(title);
    m_gapText->setText(text);
    m_stack->setCurrentIndex(2);
}

void KbArticlePane::clear(const QString& hint)
{
    m_articleId = 0;
    m_emptyLabel->setText(hint.isEmpty() ? defaultHint() : hint);
    m_body->clear();
    m_stack->setCurrentIndex(0);
}

QWidget* KbArticlePane::bodyWidget() const
{
    return m_body;
}

} // namespace Switchboard
