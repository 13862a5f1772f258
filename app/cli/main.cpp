#include "appidentity.h"
#include "clicommands.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    attend::applyAppIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return attend::CliCommands(out, err).run(QCoreApplication::arguments());
}
