// Reads a comma-separated file with a header row into memory. Every error names the file,
// the 1-based line and the column, so a bad value in a 100,000-line file is easy to find.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace nm {

class CsvTable {
 public:
  // Throws UserError if the file cannot be read, a required column is missing from the header,
  // or a row has a different number of fields than the header.
  static CsvTable load(const std::string& path, const std::vector<std::string>& required_columns);

  const std::string& path() const { return path_; }
  std::size_t rows() const { return cells_.size(); }
  bool has_column(const std::string& name) const;
  // Integer cell; not an integer or outside [min, max] -> UserError "path:line: column 'c': ...".
  std::int64_t integer(std::size_t row, const std::string& column, std::int64_t min,
                       std::int64_t max) const;
  double real(std::size_t row, const std::string& column) const;
  const std::string& text(std::size_t row, const std::string& column) const;
  // 1-based file line of a data row (header is line 1).
  std::size_t line_of(std::size_t row) const { return row_lines_[row]; }

 private:
  std::size_t column_index(const std::string& name) const;
  std::string path_;
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> cells_;
  std::vector<std::size_t> row_lines_;
};

}  // namespace nm
