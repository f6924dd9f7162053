// `run --vcd`: a VCD trace with the chip hierarchy that GTKWave's vcd2fst accepts.
#include <gtest/gtest.h>

#include "e2e_support.h"

namespace nm::e2e {
namespace {

bool contains(const std::string& text, const std::string& what) {
  return text.find(what) != std::string::npos;
}

TEST(Vcd, WritesATraceThatVcd2fstAcceptsWhenVcdIsGiven) {
  TempDir dir;
  const std::string vcd = dir / "run.vcd";
  const RunResult r = run_cli({"run", "--vcd", vcd, "--steps", "20"});
  expect_success(r);
  EXPECT_TRUE(contains(r.out, "VCD trace written to " + vcd)) << r.out;

  const std::string text = read_file(vcd);
  ASSERT_FALSE(text.empty());
  const std::string header = text.substr(0, text.find("$enddefinitions"));
  EXPECT_TRUE(header.rfind("$date", 0) == 0 || contains(header, "$timescale"))
      << header.substr(0, 200);
  EXPECT_TRUE(contains(header, "$timescale"));
  EXPECT_TRUE(contains(header, "$scope module chip $end"));
  EXPECT_TRUE(contains(header, "$scope module tile_0_0 $end"));
  EXPECT_TRUE(contains(header, "$scope module tile_7_3 $end"));
  EXPECT_TRUE(contains(header, "$scope module router $end"));
  EXPECT_TRUE(contains(header, "buffered_flits"));
  EXPECT_TRUE(contains(header, "$scope module core_0 $end"));
  EXPECT_TRUE(contains(header, "spike"));
  EXPECT_TRUE(contains(text, "$enddefinitions"));

  const std::string vcd2fst = find_on_path("vcd2fst");
  ASSERT_FALSE(vcd2fst.empty())
      << "vcd2fst (Debian package gtkwave) is not on PATH: run scripts/setup.sh as root";
  const std::string fst = dir / "run.fst";
  const RunResult conv = run_program({vcd2fst, vcd, fst});
  EXPECT_EQ(conv.exit_code, 0) << conv.out << conv.err;
  EXPECT_GT(std::filesystem::file_size(fst), 0u);
}

TEST(Vcd, WritesTracesRunVcdWhenVcdHasNoFile) {
  TempDir dir;
  const RunResult r = run_cli({"run", "--steps", "3", "--vcd"}, dir.path().string());
  expect_success(r);
  EXPECT_GT(std::filesystem::file_size(dir / "traces/run.vcd"), 0u);
}

TEST(Vcd, ExitsTwoWhenVcdFileCannotBeWritten) {
  TempDir dir;
  write_file(dir / "not_a_folder", "");
  const std::string vcd = dir / "not_a_folder/run.vcd";
  const RunResult r = run_cli({"run", "--steps", "3", "--vcd", vcd});
  expect_user_error(r, {"--vcd", "not_a_folder"});
}

}  // namespace
}  // namespace nm::e2e
