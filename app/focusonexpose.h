#pragma once

#include <QObject>

class QWidget;

namespace attend {

// Gives a top-level widget the keyboard focus once its window is really on screen. Asking for
// it right after show() fails on an X server without a window manager (the window is not mapped
// yet), which leaves a kiosk run deaf to the keyboard. Owned by the widget.
class FocusOnExpose : public QObject
{
    Q_OBJECT
public:
    // Call after `widget` has been shown; `focus` (may be the widget itself) gets the keys.
    static void install(QWidget *widget, QWidget *focus);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FocusOnExpose(QWidget *widget, QWidget *focus);
    QWidget *m_widget;
    QWidget *m_focus;
};

} // namespace attend
