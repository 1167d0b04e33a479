#pragma once

#include "IndexRecipe.h"

#include <QList>
#include <QString>

#include <optional>

class QCommandLineOption;
class QCommandLineParser;

namespace qw {

struct CommandLine;

// PROJECT --index KEY --name NAME --from A,B,C [--weights 1,1,1] [--exclude-below POP:300]
// [--classes sd:-1,1,1.5] [--class-names A,B,C,D] [--standardise z|minmax|rank|percentile]
// [--no-restandardise] [--dynamics K | --dynamics-from D1,D2 [--dynamics-weights 1,1]]
// [--level NAME] [--period P]: defines a composite index with its parts, computes it and
// prints what it wrote; 0 on success, 1 with the reason on stderr (nothing written then).

// The options --index brings to the command line (--name, --classes, --level and --period
// are the program's own and take the index's meaning with --index).
QList<QCommandLineOption> indexCommandOptions();
// Reads them into commandLine.index after the parser processed the arguments.
void readIndexOptions(const QCommandLineParser &parser, CommandLine &commandLine);
// The recipe the options describe: unsigned inputs keep direction 0 (from the polarity);
// nothing with the reason naming the option.
std::optional<IndexRecipe> indexRecipeFromOptions(const CommandLine &commandLine, QString *error);

int runIndexCommand(const CommandLine &commandLine, const QString &projectPath);

} // namespace qw
