#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

namespace attend {

// Where and how large a text screen's words go (instructions, practice over, breaks, summary):
// centred with wide margins at a size read from across a desk, and when the text would not fit
// the window — a small window, scale factor 2, a long instruction in Chinese — smaller and then
// with narrower margins, never cut (issue #26).
class MessageLayout
{
public:
    static constexpr int kMinimumPixels = 10; // logical px, below which text is not made

    QFont font;
    QRectF box;    // where the text is laid out (word-wrapped, centred)
    QRectF needed; // the text's bounding rectangle as laid out: inside `box` when it fits

    bool fits() const { return box.contains(needed); }

    // The largest layout, from `base` at the size for `area`, that fits it; the smallest one
    // when none fits.
    static MessageLayout fit(const QString &text, const QRectF &area, const QFont &base);
    static constexpr int kFlags = Qt::AlignCenter | Qt::TextWordWrap;
};

} // namespace attend
