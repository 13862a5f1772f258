#include "appidentity.h"
#include "clicommands.h"

#include <QApplication>
#include <QTextStream>
#include <cstdio>

namespace {

// The offscreen platform (for the PDF report) chatters about the session environment; the
// command line's own messages and real problems still get through.
void quietQtChatter(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const bool chatter =
        type < QtCriticalMsg && ((context.category && qstrncmp(context.category, "qt.", 3) == 0) ||
                                 message.startsWith(QStringLiteral("QStandardPaths:")) ||
                                 message.contains(QStringLiteral("propagateSizeHints")));
    if (!chatter)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    qInstallMessageHandler(quietQtChatter);
    // The PDF report draws Qt Charts, which need a QApplication; without a display it runs on
    // the offscreen platform, so attend-cli stays headless.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    attend::applyAppIdentity();
    attend::keepNewFilesPrivate();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return attend::CliCommands(out, err).run(QCoreApplication::arguments());
}
