#include "focusonexpose.h"

#include <QEvent>
#include <QWidget>
#include <QWindow>

namespace attend {

FocusOnExpose::FocusOnExpose(QWidget *widget, QWidget *focus)
    : QObject(widget), m_widget(widget), m_focus(focus)
{}

void FocusOnExpose::install(QWidget *widget, QWidget *focus)
{
    QWindow *window = widget->windowHandle();
    if (!window)
        return;
    if (window->isExposed()) {
        widget->activateWindow();
        focus->setFocus();
        return;
    }
    window->installEventFilter(new FocusOnExpose(widget, focus));
}

bool FocusOnExpose::eventFilter(QObject *watched, QEvent *event)
{
    auto *window = qobject_cast<QWindow *>(watched);
    if (event->type() == QEvent::Expose && window && window->isExposed()) {
        window->requestActivate();
        m_focus->setFocus();
        window->removeEventFilter(this);
        deleteLater();
    }
    return false;
}

} // namespace attend
