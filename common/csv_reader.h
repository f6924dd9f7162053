// Reads a comma-separated file with a header row into memory. Every error names the file,
// the 1-based line and the column, so a bad value in a 100,000-line file is easy to find.
//
// Format: first line is the header (column names, non-empty, unique); one record per line;
// "\n" or "\r\n" line endings; blank lines are skipped; spaces and tabs around a cell are
// ignored; no quoting (cells cannot contain commas). Columns beyond the required ones are allowed.
//
// Storage is one buffer holding the whole file plus one offset per cell, so large files load
// without a heap allocation per cell.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace nm {

class CsvTable {
 public:
  // Throws UserError if the file cannot be read, the header is empty, has an empty or repeated
  // column name, a required column is missing from the header, or a row has a different number
  // of fields than the header.
  static CsvTable load(const std::string& path, const std::vector<std::string>& required_columns);

  const std::string& path() const { return path_; }
  std::size_t rows() const { return row_lines_.size(); }
  bool has_column(const std::string& name) const;
  // Index of a column for the *_at accessors; throws UserError when the header lacks it.
  std::size_t column(const std::string& name) const;

  // Integer cell; not an integer or outside [min, max] -> UserError "path:line: column 'c': ...".
  std::int64_t integer(std::size_t row, const std::string& column, std::int64_t min,
                       std::int64_t max) const;
  std::int64_t integer_at(std::size_t row, std::size_t column, std::int64_t min,
                          std::int64_t max) const;
  // Finite real cell; anything else -> UserError naming the line and column.
  double real(std::size_t row, const std::string& column) const;
  // Cell text with surrounding blanks removed.
  std::string text(std::size_t row, const std::string& column) const;
  std::string_view cell(std::size_t row, std::size_t column) const;
  // 1-based file line of a data row (header is line 1).
  std::size_t line_of(std::size_t row) const { return row_lines_[row]; }
  // "path:line: column 'name': " prefix for messages about one cell.
  std::string where(std::size_t row, std::size_t column) const;

 private:
  std::size_t column_index(const std::string& name) const;
  void parse(const std::vector<std::string>& required_columns);

  std::string path_;
  std::vector<std::string> header_;
  std::string data_;                        // whole file; each cell ends with '\0' in place
  std::vector<std::uint64_t> row_start_;    // offset of each data row in data_
  std::vector<std::uint32_t> cell_offset_;  // rows x columns, offset of a cell from its row start
  std::vector<std::uint32_t> row_lines_;    // file line of each data row
};

}  // namespace nm
