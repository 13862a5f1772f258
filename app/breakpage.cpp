#include "breakpage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace attend {

BreakPage::BreakPage(QWidget *parent)
    : QWidget(parent), m_next(new QLabel(this)), m_day(new QLabel(this)),
      m_continue(new QPushButton(tr("&Go on"), this))
{
    auto *title = new QLabel(tr("<h2>Well done. Time for a short break.</h2>"), this);
    auto *stop = new QPushButton(tr("Stop for &today"), this);
    stop->setToolTip(tr("Escape. What is done today stays done; the rest waits on the Today "
                        "page."));
    m_continue->setDefault(true);
    m_next->setObjectName(QStringLiteral("nextSession"));
    for (QLabel *label : {title, m_next, m_day}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
    }
    m_day->setTextFormat(Qt::PlainText);
    QFont larger = m_next->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.3);
    m_next->setFont(larger);
    auto *hint = new QLabel(tr("Rest your eyes for a minute. Press Space or Enter when you are "
                               "ready."),
                            this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_continue);
    buttons->addWidget(stop);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(title);
    layout->addWidget(m_next);
    layout->addWidget(m_day);
    layout->addWidget(hint);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_continue, &QPushButton::clicked, this, &BreakPage::continueRequested);
    connect(stop, &QPushButton::clicked, this, &BreakPage::stopRequested);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &BreakPage::stopRequested);
}

void BreakPage::setContent(const QString &next, const QStringList &day)
{
    m_next->setText(tr("Next: %1").arg(next));
    m_day->setText(day.join(QLatin1Char('\n')));
}

void BreakPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_continue->setFocus();
}

} // namespace attend
