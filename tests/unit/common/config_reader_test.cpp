// ConfigReader: strict typed getters, error messages with file:line and key path, finish().
#include "common/config_reader.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

namespace nm {
namespace {

class ConfigReaderTest : public ::testing::Test {
 protected:
  // Line numbers below are 1-based lines of this text.
  const ConfigNode tree_ = ConfigNode::parse(
      "sec:\n"                          // 1
      "  count: 12\n"                   // 2
      "  negative: -3\n"                // 3
      "  half: 1.5\n"                   // 4
      "  word: abc\n"                   // 5
      "  exp: 1e3\n"                    // 6
      "  huge: 99999999999999999999\n"  // 7
      "  on: true\n"                    // 8
      "  yes_word: yes\n"               // 9
      "  nan_word: .nan\n"              // 10
      "  inf_word: .inf\n"              // 11
      "  big_real: 1e999\n"             // 12
      "  list: [1, 2, x]\n"             // 13
      "  nested:\n"                     // 14
      "    inner: 1\n"                  // 15
      "  items:\n"                      // 16
      "    - {weight: 1}\n"             // 17
      "    - {weight: 2}\n"             // 18
      "    - {weight: z}\n"             // 19
      "  empty:\n",                     // 20
      "r.yaml");
  ConfigReader root_{tree_, ""};
  ConfigReader sec_ = root_.section("sec");

  // Runs `f`, expects a ConfigError and returns its message.
  template <typename F>
  static std::string error_of(F f) {
    try {
      f();
    } catch (const ConfigError& e) {
      return e.what();
    }
    return "<no ConfigError>";
  }
};

constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::lowest();
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

TEST_F(ConfigReaderTest, IntegerReadsDecimalWholeNumbers) {
  EXPECT_EQ(sec_.integer("count", 0, 100), 12);
  EXPECT_EQ(sec_.integer("negative", -10, 0), -3);
}

TEST_F(ConfigReaderTest, IntegerRejectsDecimalsWithFileLineAndKey) {
  EXPECT_EQ(error_of([&] { sec_.integer("half", kMin, kMax); }),
            "r.yaml:4: sec.half: expected a whole number, found '1.5'");
}

TEST_F(ConfigReaderTest, IntegerRejectsTextAndExponents) {
  EXPECT_EQ(error_of([&] { sec_.integer("word", kMin, kMax); }),
            "r.yaml:5: sec.word: expected a whole number, found 'abc'");
  EXPECT_EQ(error_of([&] { sec_.integer("exp", kMin, kMax); }),
            "r.yaml:6: sec.exp: expected a whole number, found '1e3'");
}

TEST_F(ConfigReaderTest, IntegerRejectsOverflow) {
  EXPECT_EQ(error_of([&] { sec_.integer("huge", 0, kMax); }),
            "r.yaml:7: sec.huge: must be at least 0, found 99999999999999999999");
}

TEST_F(ConfigReaderTest, IntegerRejectsValuesOutsideTheRange) {
  EXPECT_EQ(error_of([&] { sec_.integer("count", 1, 8); }),
            "r.yaml:2: sec.count: must be between 1 and 8, found 12");
  EXPECT_EQ(sec_.integer("count", 12, 12), 12);  // bounds are inclusive
}

TEST_F(ConfigReaderTest, IntegerRejectsAMapValue) {
  EXPECT_EQ(error_of([&] { sec_.integer("nested", 0, 1); }),
            "r.yaml:14: sec.nested: expected a whole number, found a map");
}

TEST_F(ConfigReaderTest, MissingKeyNamesTheMapLineAndFullPath) {
  EXPECT_EQ(error_of([&] { sec_.integer("absent", 0, 1); }),
            "r.yaml:1: sec.absent: required key is missing");
}

TEST_F(ConfigReaderTest, MissingKeyPointsAtAPresentMisspelling) {
  EXPECT_EQ(error_of([&] { sec_.integer("cont", 0, 100); }),
            "r.yaml:1: sec.cont: required key is missing "
            "(is 'count' at r.yaml:2 a misspelling of 'cont'?)");
}

TEST_F(ConfigReaderTest, FallbackGettersReturnTheFallbackOnlyWhenAbsent) {
  EXPECT_EQ(sec_.integer_or("absent", 7, 0, 10), 7);
  EXPECT_EQ(sec_.integer_or("count", 7, 0, 100), 12);
  EXPECT_DOUBLE_EQ(sec_.real_or("absent", 2.5, 0, 10), 2.5);
  EXPECT_FALSE(sec_.flag_or("absent", false));
  EXPECT_EQ(sec_.text_or("absent", "dflt"), "dflt");
  EXPECT_EQ(sec_.choice_or("absent", "xy", {"xy", "yx"}), "xy");
  EXPECT_THROW(sec_.integer_or("half", 0, 0, 10), ConfigError);  // present but bad is an error
}

TEST_F(ConfigReaderTest, RealAcceptsIntegersDecimalsAndExponents) {
  EXPECT_DOUBLE_EQ(sec_.real("count", 0, 100), 12.0);
  EXPECT_DOUBLE_EQ(sec_.real("half", 0, 2), 1.5);
  EXPECT_DOUBLE_EQ(sec_.real("exp", 0, 1e4), 1000.0);
}

TEST_F(ConfigReaderTest, RealRejectsNanInfAndText) {
  EXPECT_EQ(error_of([&] { sec_.real("nan_word", 0, 1); }),
            "r.yaml:10: sec.nan_word: expected a number, found '.nan'");
  EXPECT_EQ(error_of([&] { sec_.real("inf_word", 0, 1); }),
            "r.yaml:11: sec.inf_word: expected a number, found '.inf'");
  EXPECT_EQ(error_of([&] { sec_.real("word", 0, 1); }),
            "r.yaml:5: sec.word: expected a number, found 'abc'");
  EXPECT_EQ(error_of([&] { sec_.real("big_real", 0, 1); }),
            "r.yaml:12: sec.big_real: number is too large: 1e999");
}

TEST_F(ConfigReaderTest, RealRejectsValuesOutsideTheRange) {
  EXPECT_EQ(error_of([&] { sec_.real("half", 0, 1); }),
            "r.yaml:4: sec.half: must be between 0 and 1, found 1.5");
  EXPECT_EQ(error_of([&] { sec_.real("negative", 0, std::numeric_limits<double>::max()); }),
            "r.yaml:3: sec.negative: must be at least 0, found -3");
}

TEST_F(ConfigReaderTest, FlagAcceptsOnlyTrueAndFalse) {
  EXPECT_TRUE(sec_.flag("on"));
  EXPECT_EQ(error_of([&] { sec_.flag("yes_word"); }),
            "r.yaml:9: sec.yes_word: expected true or false, found 'yes'");
}

TEST_F(ConfigReaderTest, TextRejectsNonScalars) {
  EXPECT_EQ(sec_.text("word"), "abc");
  EXPECT_EQ(error_of([&] { sec_.text("list"); }),
            "r.yaml:13: sec.list: expected a text value, found a sequence");
  EXPECT_EQ(error_of([&] { sec_.text("empty"); }),
            "r.yaml:20: sec.empty: expected a text value, found nothing");
}

TEST_F(ConfigReaderTest, ChoiceListsTheAllowedWordsAndSuggestsOne) {
  EXPECT_EQ(sec_.choice("word", {"abc", "def"}), "abc");
  EXPECT_EQ(error_of([&] {
              sec_.choice("word", {"abd", "xyz"});
            }),
            "r.yaml:5: sec.word: must be one of: abd, xyz; found 'abc' (did you mean 'abd'?)");
}

TEST_F(ConfigReaderTest, IntegerListNamesTheBadItemByIndex) {
  EXPECT_EQ(error_of([&] { sec_.integer_list("list", 0, 9); }),
            "r.yaml:13: sec.list[2]: expected a whole number, found 'x'");
  EXPECT_EQ(error_of([&] { sec_.integer_list("count", 0, 9); }),
            "r.yaml:2: sec.count: expected a list of whole numbers, found '12'");
}

TEST_F(ConfigReaderTest, SectionListGivesIndexedPathsToItems) {
  std::vector<ConfigReader> items = sec_.section_list("items");
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[1].integer("weight", 0, 9), 2);
  EXPECT_EQ(error_of([&] { items[2].integer("weight", 0, 9); }),
            "r.yaml:19: sec.items[2].weight: expected a whole number, found 'z'");
}

TEST_F(ConfigReaderTest, SectionOfAScalarIsAnError) {
  EXPECT_EQ(error_of([&] { sec_.section("count"); }),
            "r.yaml:2: sec.count: expected a map of keys, found '12'");
}

TEST_F(ConfigReaderTest, FinishRejectsTheFirstUnreadKeyWithAHint) {
  ConfigReader nested = sec_.section("nested");
  EXPECT_EQ(error_of([&] { nested.finish(); }), "r.yaml:15: sec.nested.inner: unknown key");
  nested.integer_or("iner", 0, 0, 9);  // a key the code knows, absent from the file
  EXPECT_EQ(error_of([&] { nested.finish(); }),
            "r.yaml:15: sec.nested.inner: unknown key (did you mean 'iner'?)");
  nested.integer("inner", 0, 9);
  EXPECT_NO_THROW(nested.finish());
}

TEST_F(ConfigReaderTest, FinishGivesNoHintBeyondEditDistanceTwo) {
  const ConfigNode t = ConfigNode::parse("neurnos_xyz: 1\n", "h.yaml");
  ConfigReader r(t, "core");
  r.integer_or("neurons", 0, 0, 9);
  EXPECT_EQ(error_of([&] { r.finish(); }), "h.yaml:1: core.neurnos_xyz: unknown key");
}

TEST_F(ConfigReaderTest, FinishCountsASwapOfTwoLettersAsOneEdit) {
  const ConfigNode t = ConfigNode::parse("nuerons: 1\n", "h.yaml");
  ConfigReader r(t, "core");
  r.integer_or("neurons", 0, 0, 9);
  EXPECT_EQ(error_of([&] { r.finish(); }),
            "h.yaml:1: core.nuerons: unknown key (did you mean 'neurons'?)");
}

TEST_F(ConfigReaderTest, FailNamesTheValueLine) {
  EXPECT_EQ(error_of([&] { sec_.fail("word", "is wrong"); }), "r.yaml:5: sec.word: is wrong");
}

TEST(ConfigReaderConstruct, RejectsANonMapRoot) {
  const ConfigNode t = ConfigNode::parse("- 1\n- 2\n", "seq.yaml");
  try {
    ConfigReader r(t, "");
    FAIL() << "no exception";
  } catch (const ConfigError& e) {
    EXPECT_EQ(std::string(e.what()), "seq.yaml:1: expected a map of keys, found a sequence");
  }
}

}  // namespace
}  // namespace nm
