#pragma once

#include <memory>

class QSettings;

namespace attend {

// Sets the application and organisation names that QStandardPaths and QSettings derive the data
// and settings locations from. Both executables call it first, so they share one database.
void applyAppIdentity();

// The user's settings file, ~/.config/attend/attend.ini on Linux.
std::unique_ptr<QSettings> openUserSettings();

} // namespace attend
