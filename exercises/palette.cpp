#include "palette.h"

namespace attend {

QColor paletteColour(const QString &name)
{
    if (name == u"orange")
        return QColor(0xE6, 0x9F, 0x00);
    if (name == u"blue")
        return QColor(0x56, 0xB4, 0xE9); // "sky blue": the palette's blue is too dark on black
    return Qt::white;
}

} // namespace attend
