// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QUrl>

class QTextBrowser;

namespace Switchboard {

// Makes the links of a rich-text view do what a reader expects: kb:ID (the
// links replies and articles use to point at an article) ask for the article
// in the knowledge base; web and mail links open in the desktop's browser or
// mail program; anything else (file:, javascript:, a customer's crafted
// scheme) is not followed. The view never navigates away from its own text,
// which QTextBrowser would otherwise do on any click, leaving it blank.
class ArticleLinkFollower : public QObject
{
    Q_OBJECT
public:
    explicit ArticleLinkFollower(QTextBrowser* browser);

    // The tooltip a link gets while the pointer is over it.
    static QString describe(const QUrl& link);
    // What a click on the link does, without doing it: an article id (> 0),
    // 0 for a link the desktop opens, -1 for a link that is not followed.
    static qint64 classify(const QUrl& link);

signals:
    void articleRequested(qint64 articleId);

private:
    void follow(const QUrl& link);

    QTextBrowser* m_browser = nullptr;
};

} // namespace Switchboard
