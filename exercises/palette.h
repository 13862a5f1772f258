#pragma once

#include <QColor>
#include <QString>

namespace attend {

// Stimulus colours by name, from the Okabe & Ito (2002) palette, which stays distinguishable
// with the common colour-vision deficiencies (DESIGN.md §6). Unknown names are white.
QColor paletteColour(const QString &name);

} // namespace attend
