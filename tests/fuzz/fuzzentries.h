#pragma once

#include <QByteArray>
#include <QString>

// The fuzz targets' bodies (README, Quick start). Each feeds one input to a parser the way the
// program does and checks what must hold of every input; it returns the first property that
// did not hold ("" when all did). A crash, a leak or undefined behaviour is caught by the
// sanitizers of the fuzz build instead. The libFuzzer mains (fuzz_*.cpp) abort on a broken
// property; tests/core/io/test_fuzz_regressions.cpp replays the found inputs through the same
// functions in every build.
namespace lb::fuzz {

// core/io CsvReader over the input as a file: the records' lines never overlap and stay within
// the file's lines, without quotes every non-empty line is exactly one record whose cells
// joined by the delimiter give the line back, and a NUL is flagged exactly where it is. An input
// starting with \x01 is read a few bytes at a time (see the .cpp).
QString checkCsvReader(const QByteArray& input);

// core/io value parsers on the input (UTF-8) and on each of its lines: what a parser accepts it
// accepts again in its own output form (e-mail, country, number, integer, date, date-time,
// stage), and the export's formula guard comes off as it went on.
QString checkValueParsers(const QByteArray& input);

// core/scoring parseScoringModel: a model is accepted or refused with problems, never both;
// an accepted model written out by modelToJson reads back to the same document, and scores a
// lead within 0..100 with finite parts.
QString checkModelParser(const QByteArray& input);

// core/qualification: an answer as `qualify` takes it, one line each for framework, criterion,
// status, value and note. A value a criterion accepts is accepted again as stored (unchanged),
// an amount is stored as a finite number, a date as YYYY-MM-DD, and readiness stays within
// 0..1. The input is also read as a framework definition file.
QString checkAnswerParsing(const QByteArray& input);

// The targets by name (csvreader, valueparsers, modelparser, answers) for the replaying test.
using Check = QString (*)(const QByteArray&);
Check checkNamed(const QString& target);

} // namespace lb::fuzz

namespace lb::fuzz {

// The body of each LLVMFuzzerTestOneInput: runs `check` and aborts, naming the property, when
// one does not hold (libFuzzer then keeps the input as a crash).
int runFuzzInput(Check check, const unsigned char* data, unsigned long size);

} // namespace lb::fuzz
