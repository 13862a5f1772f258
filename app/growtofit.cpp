#include "growtofit.h"

#include <QLayout>
#include <QWidget>

namespace attend {

void growToFit(QWidget *dialog)
{
    QLayout *layout = dialog->layout();
    if (!layout)
        return;
    layout->activate();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width())
                                                   : layout->totalMinimumSize().height();
    if (needed > dialog->height())
        dialog->resize(dialog->width(), needed);
}

} // namespace attend
