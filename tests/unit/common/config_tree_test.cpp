// ConfigNode: parsing with source marks, merging, --set paths and YAML output.
#include "common/config_tree.h"

#include <gtest/gtest.h>

namespace nm {
namespace {

class ConfigTreeTest : public ::testing::Test {
 protected:
  // Line numbers below are 1-based lines of this text.
  const std::string text_ =
      "# a comment\n"                         // 1
      "chip:\n"                               // 2
      "  mesh_width: 8\n"                     // 3
      "  name: \"quoted text\"\n"             // 4
      "  empty:\n"                            // 5
      "list: [1, 2, 3]\n"                     // 6
      "table:\n"                              // 7
      "  - {tiles: 1, latency_ps: 113000}\n"  // 8
      "  - tiles: 32\n"                       // 9
      "    latency_ps: 465000\n";             // 10
  ConfigNode tree_ = ConfigNode::parse(text_, "base.yaml");

  const ConfigNode& at(std::initializer_list<const char*> keys) const {
    const ConfigNode* n = &tree_;
    for (const char* k : keys) {
      n = n->find(k);
      if (n == nullptr) throw std::runtime_error(std::string("no key ") + k);
    }
    return *n;
  }
};

TEST_F(ConfigTreeTest, ParseRecordsOneBasedLinesAndFileName) {
  EXPECT_EQ(at({"chip"}).mark().line, 2);
  EXPECT_EQ(at({"chip", "mesh_width"}).mark().line, 3);
  EXPECT_EQ(at({"chip", "mesh_width"}).mark().file, "base.yaml");
  EXPECT_EQ(at({"chip", "mesh_width"}).mark().str(), "base.yaml:3");
  EXPECT_EQ(at({"list"}).items()[2].mark().line, 6);
  EXPECT_EQ(at({"table"}).mark().line, 7);
  EXPECT_EQ(at({"table"}).items()[1].find("latency_ps")->mark().line, 10);
}

TEST_F(ConfigTreeTest, ParseKeepsScalarTextAsWrittenWithoutQuotes) {
  EXPECT_EQ(at({"chip", "mesh_width"}).scalar(), "8");
  EXPECT_EQ(at({"chip", "name"}).scalar(), "quoted text");
  EXPECT_TRUE(at({"chip", "empty"}).is_null());
  EXPECT_EQ(at({"chip", "empty"}).mark().line, 5);  // the key's line, not the next token's
}

TEST_F(ConfigTreeTest, ParseKeepsKeyOrder) {
  const auto& e = tree_.entries();
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0].first, "chip");
  EXPECT_EQ(e[1].first, "list");
  EXPECT_EQ(e[2].first, "table");
}

TEST(ConfigTreeParse, ThrowsConfigErrorWithLineWhenSyntaxIsBad) {
  try {
    ConfigNode::parse("a: 1\nb: [1, 2\nc: 3\n", "bad.yaml");
    FAIL() << "no exception";
  } catch (const ConfigError& e) {
    EXPECT_EQ(e.where().file, "bad.yaml");
    EXPECT_GE(e.where().line, 2);
    EXPECT_NE(std::string(e.what()).find("YAML syntax error"), std::string::npos);
  }
}

TEST(ConfigTreeParse, ThrowsConfigErrorWhenAKeyIsRepeated) {
  try {
    ConfigNode::parse("a: 1\nb:\n  - {c: 1}\n  - {c: 2, c: 3}\n", "dup.yaml");
    FAIL() << "no exception";
  } catch (const ConfigError& e) {
    EXPECT_EQ(std::string(e.what()),
              "dup.yaml:4: b[1].c: duplicate key (first given at dup.yaml:4)");
  }
}

TEST(ConfigTreeParse, GivesANullRootForAnEmptyDocument) {
  const ConfigNode n = ConfigNode::parse("# only a comment\n", "empty.yaml");
  EXPECT_TRUE(n.is_null());
  EXPECT_EQ(n.mark().file, "empty.yaml");
}

TEST(ConfigTreeLoad, ThrowsUserErrorNamingAMissingFile) {
  try {
    ConfigNode::load_file("/nonexistent/dir/arch.yaml");
    FAIL() << "no exception";
  } catch (const UserError& e) {
    EXPECT_NE(std::string(e.what()).find("/nonexistent/dir/arch.yaml"), std::string::npos);
  }
}

TEST_F(ConfigTreeTest, MergeOverlaysMapsKeyByKeyAndAppendsNewKeys) {
  tree_.merge_from(ConfigNode::parse("chip:\n  mesh_width: 4\n  extra: x\n", "child.yaml"));
  EXPECT_EQ(at({"chip", "mesh_width"}).scalar(), "4");
  EXPECT_EQ(at({"chip", "mesh_width"}).mark().str(), "child.yaml:2");
  EXPECT_EQ(at({"chip", "name"}).scalar(), "quoted text");  // untouched sibling survives
  EXPECT_EQ(at({"chip", "name"}).mark().file, "base.yaml");
  EXPECT_EQ(at({"chip"}).entries().back().first, "extra");
}

TEST_F(ConfigTreeTest, MergeReplacesSequencesWhole) {
  tree_.merge_from(ConfigNode::parse("list: [9]\n", "child.yaml"));
  ASSERT_EQ(at({"list"}).items().size(), 1u);
  EXPECT_EQ(at({"list"}).items()[0].scalar(), "9");
}

TEST_F(ConfigTreeTest, MergeReplacesAMapWithAScalar) {
  tree_.merge_from(ConfigNode::parse("chip: none\n", "child.yaml"));
  EXPECT_TRUE(at({"chip"}).is_scalar());
  EXPECT_EQ(at({"chip"}).scalar(), "none");
}

TEST_F(ConfigTreeTest, MergeWithANullValueRemovesTheKey) {
  tree_.merge_from(ConfigNode::parse("chip:\n  name: ~\nlist:\n", "child.yaml"));
  EXPECT_EQ(at({"chip"}).find("name"), nullptr);
  EXPECT_NE(at({"chip"}).find("mesh_width"), nullptr);
  EXPECT_EQ(tree_.find("list"), nullptr);
}

TEST_F(ConfigTreeTest, SetPathWithANullValueRemovesTheKey) {
  tree_.set_path("chip.mesh_width", "~", "--set chip.mesh_width=~");
  EXPECT_EQ(at({"chip"}).find("mesh_width"), nullptr);
  EXPECT_NE(at({"chip"}).find("name"), nullptr);
}

TEST_F(ConfigTreeTest, SetPathReplacesAnExistingValueAndLabelsItsOrigin) {
  tree_.set_path("chip.mesh_width", "16", "--set chip.mesh_width=16");
  const ConfigNode& v = at({"chip", "mesh_width"});
  EXPECT_EQ(v.scalar(), "16");
  EXPECT_EQ(v.mark().file, "--set chip.mesh_width=16");
  EXPECT_EQ(v.mark().line, 0);
  EXPECT_EQ(tree_.find("chip")->entries()[0].first, "mesh_width");  // keeps its place
}

TEST_F(ConfigTreeTest, SetPathCreatesNewNestedMaps) {
  tree_.set_path("noc.router.depth", "4", "--set noc.router.depth=4");
  EXPECT_TRUE(at({"noc"}).is_map());
  EXPECT_EQ(at({"noc", "router", "depth"}).scalar(), "4");
}

TEST_F(ConfigTreeTest, SetPathParsesTheValueAsYaml) {
  tree_.set_path("list", "[4, 5]", "--set list=[4, 5]");
  ASSERT_TRUE(at({"list"}).is_sequence());
  EXPECT_EQ(at({"list"}).items()[1].scalar(), "5");
  EXPECT_EQ(at({"list"}).items()[1].mark().file, "--set list=[4, 5]");
}

TEST_F(ConfigTreeTest, SetPathThrowsWhenThePathRunsThroughAScalar) {
  try {
    tree_.set_path("chip.mesh_width.x", "1", "--set chip.mesh_width.x=1");
    FAIL() << "no exception";
  } catch (const ConfigError& e) {
    EXPECT_EQ(e.where().file, "--set chip.mesh_width.x=1");
    EXPECT_EQ(e.key_path(), "chip.mesh_width.x");
    EXPECT_NE(std::string(e.what()).find("'chip.mesh_width' is a scalar (from base.yaml:3)"),
              std::string::npos)
        << e.what();
  }
}

TEST_F(ConfigTreeTest, SetPathThrowsWhenASequenceStepMatchesNoItem) {
  try {
    tree_.set_path("list.x", "1", "--set list.x=1");
    FAIL() << "no exception";
  } catch (const ConfigError& e) {
    EXPECT_EQ(e.key_path(), "list.x");
    EXPECT_NE(std::string(e.what()).find("'list' (from base.yaml:6) has no item 'x': give a "
                                         "0-based index below 3 or an item's name"),
              std::string::npos)
        << e.what();
  }
  EXPECT_THROW(tree_.set_path("list.3", "1", "--set list.3=1"), ConfigError);
}

TEST_F(ConfigTreeTest, SetPathPicksASequenceItemByIndex) {
  tree_.set_path("list.1", "7", "--set list.1=7");
  ASSERT_EQ(at({"list"}).items().size(), 3u);
  EXPECT_EQ(at({"list"}).items()[1].scalar(), "7");
  EXPECT_EQ(at({"list"}).items()[1].mark().file, "--set list.1=7");
  tree_.set_path("list.0", "~", "--set list.0=~");  // a null value removes the item
  ASSERT_EQ(at({"list"}).items().size(), 2u);
  EXPECT_EQ(at({"list"}).items()[0].scalar(), "7");
}

TEST_F(ConfigTreeTest, SetPathPicksASequenceItemByItsName) {
  ConfigNode net = ConfigNode::parse(
      "populations:\n  - {name: exc, params: {vth: 100, dv: 41}}\n  - {name: inh, size: 4}\n",
      "net.yaml");
  net.set_path("populations.exc.params.vth", "50", "--set");
  net.set_path("populations.inh.params.vth", "9", "--set");  // creates the map inside the item
  const auto& items = net.find("populations")->items();
  EXPECT_EQ(items[0].find("params")->find("vth")->scalar(), "50");
  EXPECT_EQ(items[0].find("params")->find("dv")->scalar(), "41");
  EXPECT_EQ(items[1].find("params")->find("vth")->scalar(), "9");
  EXPECT_THROW(net.set_path("populations.nope.size", "1", "--set"), ConfigError);
}

TEST_F(ConfigTreeTest, SetPathThrowsOnAnEmptyKey) {
  EXPECT_THROW(tree_.set_path("chip..x", "1", "--set chip..x=1"), ConfigError);
}

TEST_F(ConfigTreeTest, EraseRemovesOnlyTheNamedKey) {
  tree_.erase("list");
  EXPECT_EQ(tree_.find("list"), nullptr);
  EXPECT_NE(tree_.find("chip"), nullptr);
  EXPECT_NE(tree_.find("table"), nullptr);
}

TEST_F(ConfigTreeTest, ToYamlRoundTripsValuesAndOrder) {
  const ConfigNode again = ConfigNode::parse(tree_.to_yaml(), "dump.yaml");
  ASSERT_EQ(again.to_yaml(), tree_.to_yaml());
  EXPECT_EQ(again.find("chip")->find("mesh_width")->scalar(), "8");
  EXPECT_EQ(again.find("chip")->find("name")->scalar(), "quoted text");
  EXPECT_TRUE(again.find("chip")->find("empty")->is_null());
  EXPECT_EQ(again.find("table")->items()[1].find("latency_ps")->scalar(), "465000");
  EXPECT_EQ(again.entries()[2].first, "table");
}

TEST(ConfigTreeToYaml, LeavesNumbersUnquotedAndQuotesWhatYamlWouldMisread) {
  ConfigNode map = ConfigNode::make_map(SourceMark{"t", 0, 0});
  map.add_entry("int", ConfigNode::make_scalar("8", {}));
  map.add_entry("real", ConfigNode::make_scalar("23.6", {}));
  map.add_entry("colon", ConfigNode::make_scalar("a: b", {}));
  const std::string yaml = map.to_yaml();
  EXPECT_NE(yaml.find("int: 8\n"), std::string::npos) << yaml;
  EXPECT_NE(yaml.find("real: 23.6\n"), std::string::npos) << yaml;
  EXPECT_EQ(ConfigNode::parse(yaml, "d").find("colon")->scalar(), "a: b");
}

}  // namespace
}  // namespace nm
