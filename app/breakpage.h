#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace attend {

// Between two of today's sessions: a short rest, what is done and what comes next. Space or
// Enter goes on, Escape stops for today (docs/programme.md).
class BreakPage : public QWidget
{
    Q_OBJECT
public:
    explicit BreakPage(QWidget *parent = nullptr);

    // `next` names the coming session; `day` lists today's sessions with what is done.
    void setContent(const QString &next, const QStringList &day);

Q_SIGNALS:
    void continueRequested();
    void stopRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QLabel *m_next;
    QLabel *m_day;
    QPushButton *m_continue;
};

} // namespace attend
