#include "messagelayout.h"

#include <QFontMetricsF>
#include <algorithm>
#include <array>

namespace attend {

MessageLayout MessageLayout::fit(const QString &text, const QRectF &area, const QFont &base)
{
    // A thirtieth of the short side (25 px on a 1024×768 screen), never under 14 px; the
    // margins an eighth of each side, then a twenty-fifth.
    const int preferred = std::max(14, int(std::min(area.width(), area.height()) / 30));
    MessageLayout layout{base, {}, {}};
    for (const double margin : std::array{0.12, 0.04}) {
        layout.box = area.adjusted(area.width() * margin, area.height() * margin,
                                   -area.width() * margin, -area.height() * margin);
        for (int px = preferred; px >= kMinimumPixels; --px) {
            layout.font.setPixelSize(px);
            layout.needed = QFontMetricsF(layout.font).boundingRect(layout.box, kFlags, text);
            if (layout.fits())
                return layout;
        }
    }
    return layout;
}

} // namespace attend
