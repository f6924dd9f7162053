// CsvTable: parsing, line endings, and errors that name the file, line and column.
#include "common/csv_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "../mapper/temp_dir_test.h"
#include "common/errors.h"

namespace nm {
namespace {

using ::testing::HasSubstr;

class CsvReaderTest : public test::TempDirTest {
 protected:
  CsvTable load(const std::string& text, const std::vector<std::string>& required = {}) {
    return CsvTable::load(write("t.csv", text), required);
  }
  // The message of the UserError that loading `text` throws ("" when nothing is thrown).
  std::string load_error(const std::string& text, const std::vector<std::string>& required = {}) {
    try {
      load(text, required);
    } catch (const UserError& e) {
      return e.what();
    }
    return "";
  }
};

TEST_F(CsvReaderTest, ReadsHeaderAndRowsWhenFileIsWellFormed) {
  const CsvTable t = load("id,du,name\n0,5,a\n1,-7,bb\n", {"id", "du"});
  ASSERT_EQ(t.rows(), 2u);
  EXPECT_TRUE(t.has_column("name"));
  EXPECT_FALSE(t.has_column("dv"));
  EXPECT_EQ(t.integer(0, "du", -10, 10), 5);
  EXPECT_EQ(t.integer(1, "du", -10, 10), -7);
  EXPECT_EQ(t.text(1, "name"), "bb");
  EXPECT_EQ(t.cell(0, t.column("name")), "a");
  EXPECT_EQ(t.line_of(0), 2u);
  EXPECT_EQ(t.line_of(1), 3u);
}

TEST_F(CsvReaderTest, ReadsLastRowWhenTrailingNewlineIsMissing) {
  const CsvTable t = load("a,b\n1,2\n3,4");
  ASSERT_EQ(t.rows(), 2u);
  EXPECT_EQ(t.integer(1, "b", 0, 9), 4);
}

TEST_F(CsvReaderTest, StripsCarriageReturnsWhenLinesEndWithCrLf) {
  const CsvTable t = load("a,b\r\n1,2\r\n3,4\r\n");
  ASSERT_EQ(t.rows(), 2u);
  EXPECT_EQ(t.integer(0, "b", 0, 9), 2);
  EXPECT_EQ(t.text(1, "b"), "4");
}

TEST_F(CsvReaderTest, SkipsBlankLinesAndKeepsLineNumbersWhenBlankLinesAppear) {
  const CsvTable t = load("a,b\n1,2\n\n  \n3,4\n\n");
  ASSERT_EQ(t.rows(), 2u);
  EXPECT_EQ(t.line_of(1), 5u);
}

TEST_F(CsvReaderTest, IgnoresBlanksAroundCellsWhenPresent) {
  const CsvTable t = load(" a , b\n 1 ,\t2 \n");
  EXPECT_EQ(t.integer(0, "a", 0, 9), 1);
  EXPECT_EQ(t.integer(0, "b", 0, 9), 2);
}

TEST_F(CsvReaderTest, ReadsRealsWhenCellsAreNumbers) {
  const CsvTable t = load("x\n1.5\n-2e3\n");
  EXPECT_DOUBLE_EQ(t.real(0, "x"), 1.5);
  EXPECT_DOUBLE_EQ(t.real(1, "x"), -2000.0);
}

TEST_F(CsvReaderTest, LoadsEveryRowWhenFileIsLarge) {
  std::string text = "pre,post\n";
  for (int i = 0; i < 100000; ++i) text += std::to_string(i) + "," + std::to_string(i % 7) + "\n";
  const CsvTable t = load(text);
  ASSERT_EQ(t.rows(), 100000u);
  EXPECT_EQ(t.integer(99999, "pre", 0, 1000000), 99999);
  EXPECT_EQ(t.integer(99999, "post", 0, 6), 99999 % 7);
  EXPECT_EQ(t.line_of(99999), 100001u);
}

TEST_F(CsvReaderTest, RefusesWhenHeaderIsEmpty) {
  EXPECT_THAT(load_error("\n1,2\n"), HasSubstr("t.csv:1: the header row is empty"));
  EXPECT_THAT(load_error(""), HasSubstr("t.csv:1: the header row is empty"));
}

TEST_F(CsvReaderTest, RefusesWhenHeaderRepeatsOrLacksAName) {
  EXPECT_THAT(load_error("a,b,a\n"), HasSubstr("t.csv:1: column 'a' appears twice"));
  EXPECT_THAT(load_error("a,,b\n"), HasSubstr("t.csv:1: the header has an empty column name"));
}

TEST_F(CsvReaderTest, NamesMissingColumnWhenRequiredColumnIsAbsent) {
  EXPECT_THAT(load_error("pre,post,weight\n", {"pre", "post", "weight", "delay"}),
              HasSubstr("t.csv:1: missing column 'delay' (the header is 'pre,post,weight')"));
}

TEST_F(CsvReaderTest, NamesLineWhenRowHasWrongFieldCount) {
  EXPECT_THAT(load_error("a,b\n1,2\n3\n"),
              HasSubstr("t.csv:3: expected 2 fields (as in the header), found 1"));
  EXPECT_THAT(load_error("a,b\n1,2,3\n"), HasSubstr("t.csv:2: expected 2 fields"));
}

TEST_F(CsvReaderTest, NamesLineAndColumnWhenCellIsNotAnInteger) {
  const CsvTable t = load("id,du\n0,1\n1,x\n2,3.5\n3,\n");
  try {
    t.integer(1, "du", 0, 4095);
    FAIL() << "no error";
  } catch (const UserError& e) {
    EXPECT_EQ(std::string(e.what()),
              path("t.csv") + ":3: column 'du': expected an integer, got 'x'");
  }
  EXPECT_THROW(t.integer(2, "du", 0, 4095), UserError);
  EXPECT_THROW(t.integer(3, "du", 0, 4095), UserError);
}

TEST_F(CsvReaderTest, NamesRangeWhenIntegerIsOutsideIt) {
  const CsvTable t = load("id,du\n0,5000\n1,99999999999999999999\n");
  try {
    t.integer(0, "du", 0, 4095);
    FAIL() << "no error";
  } catch (const UserError& e) {
    EXPECT_EQ(std::string(e.what()),
              path("t.csv") + ":2: column 'du': value 5000 is outside [0, 4095]");
  }
  EXPECT_THROW(t.integer(1, "du", 0, 4095), UserError);  // does not fit 64 bits
  EXPECT_EQ(t.integer(0, "du", 0, 5000), 5000);
}

TEST_F(CsvReaderTest, NamesLineAndColumnWhenCellIsNotAReal) {
  const CsvTable t = load("x\nabc\nnan\n");
  EXPECT_THAT([&] { t.real(0, "x"); },
              ::testing::ThrowsMessage<UserError>(HasSubstr(":2: column 'x': expected a finite")));
  EXPECT_THROW(t.real(1, "x"), UserError);
}

TEST_F(CsvReaderTest, NamesPathWhenFileIsMissing) {
  try {
    CsvTable::load(path("absent.csv"), {});
    FAIL() << "no error";
  } catch (const UserError& e) {
    EXPECT_THAT(e.what(), HasSubstr("cannot read file '" + path("absent.csv") + "'"));
  }
}

}  // namespace
}  // namespace nm
