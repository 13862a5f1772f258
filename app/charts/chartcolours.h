#pragma once

#include <QColor>

namespace attend::chartcolours {

// The charts' colours, from the Okabe–Ito palette (Okabe & Ito 2008), which stays
// distinguishable with the common colour-vision deficiencies (DESIGN.md §6).
inline const QColor kAssessment{0x00, 0x72, 0xB2}; // blue
inline const QColor kTraining{0xE6, 0x9F, 0x00};   // orange
inline const QColor kForecast{0x00, 0x9E, 0x73};   // bluish green
inline const QColor kBaseline{0x80, 0x80, 0x80};   // grey
inline const QColor kCorrect = kForecast;
inline const QColor kError{0xD5, 0x5E, 0x00}; // vermillion

// `colour` with the given opacity (0–255), for bands behind the data.
inline QColor translucent(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

} // namespace attend::chartcolours
