#pragma once

class QWidget;

namespace attend {

// Makes a dialog tall enough for its layout at its present width, after a wrapped label's text
// changed (a problem shown): Qt's minimum size does not follow a label's height for its width,
// so the new text would be cut off or drawn over its neighbours.
void growToFit(QWidget *dialog);

} // namespace attend
