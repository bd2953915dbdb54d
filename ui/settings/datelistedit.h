// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QSet>
#include <QWidget>

class QDateEdit;
class QListWidget;
class QPushButton;

namespace Switchboard {

// A set of dates (holidays, transferred working days): listed in order in
// the locale's long date format, added with a date field and its calendar
// popup, removed with the button or the Delete key.
class DateListEdit : public QWidget
{
    Q_OBJECT

public:
    // name: what the dates are, for screen readers ("Holidays").
    explicit DateListEdit(const QString& name, QWidget* parent = nullptr);

    QSet<QDate> dates() const { return m_dates; }
    void setDates(const QSet<QDate>& dates);
    // False when the date is already listed.
    bool addDate(const QDate& date);
    void removeSelected();
    void setReadOnly(bool readOnly);

    QListWidget* listWidget() const { return m_list; }
    QDateEdit* dateEdit() const { return m_date; }

signals:
    void datesChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild(const QDate& current);
    void updateButtons();

    QSet<QDate> m_dates;
    QListWidget* m_list = nullptr;
    QDateEdit* m_date = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    bool m_readOnly = false;
};

} // namespace Switchboard
