#pragma once

namespace attend {

// Sets the application and organisation names that QStandardPaths and QSettings derive the data
// and settings locations from. Both executables call it first, so they share one database.
void applyAppIdentity();

} // namespace attend
