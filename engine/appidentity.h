#pragma once

#include <memory>

class QSettings;

namespace attend {

// Sets the application and organisation names that QStandardPaths and QSettings derive the data
// and settings locations from. Both executables call it first, so they share one database.
void applyAppIdentity();

// Participant data is personal: every file and folder either program creates from here on
// (the database and its log, exports, reports, the settings file) is its owner's alone
// (umask 077: files 0600, folders 0700). Both executables call it first.
void keepNewFilesPrivate();

// The user's settings file, ~/.config/attend/attend.ini on Linux.
std::unique_ptr<QSettings> openUserSettings();

} // namespace attend
