#include "common/csv_reader.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <limits>

#include "common/errors.h"

namespace nm {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

std::string read_whole_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw UserError("cannot read file '" + path + "'");
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size < 0) throw UserError("cannot read file '" + path + "'");
  in.seekg(0, std::ios::beg);
  std::string data(static_cast<std::size_t>(size), '\0');
  if (size > 0 && !in.read(data.data(), size))
    throw UserError("error while reading file '" + path + "'");
  return data;
}

// Parses a whole decimal integer (optional sign); false when the text is anything else or does
// not fit in 64 bits.
bool parse_int64(const char* s, std::int64_t& out) {
  const bool negative = *s == '-';
  if (*s == '-' || *s == '+') ++s;
  if (*s == '\0') return false;
  while (s[0] == '0' && s[1] >= '0' && s[1] <= '9') ++s;  // leading zeros
  std::uint64_t value = 0;
  int digits = 0;
  for (; *s != '\0'; ++s, ++digits) {
    if (*s < '0' || *s > '9' || digits == 19) return false;  // 19 digits always fit in 64 bits
    value = value * 10 + static_cast<std::uint64_t>(*s - '0');
  }
  const std::uint64_t limit =
      negative ? std::uint64_t{1} << 63 : std::uint64_t(std::numeric_limits<std::int64_t>::max());
  if (value > limit) return false;
  out = negative ? static_cast<std::int64_t>(0 - value) : static_cast<std::int64_t>(value);
  return true;
}

// Splits the line [pos, end) at commas, trims each cell and ends it with '\0' in place (over the
// comma, a trailing blank or the line end), and appends each cell's offset from pos to `out`.
// Returns the number of cells.
std::size_t split_cells(char* base, std::size_t pos, std::size_t end,
                        std::vector<std::uint32_t>& out) {
  std::size_t count = 0;
  for (std::size_t cell = pos;; ++count) {
    std::size_t stop = cell;
    while (stop < end && base[stop] != ',') ++stop;
    std::size_t a = cell, b = stop;
    while (a < b && is_blank(base[a])) ++a;
    while (b > a && is_blank(base[b - 1])) --b;
    out.push_back(static_cast<std::uint32_t>(a - pos));
    base[b] = '\0';
    if (stop >= end) return count + 1;
    cell = stop + 1;
  }
}

}  // namespace

CsvTable CsvTable::load(const std::string& path, const std::vector<std::string>& required_columns) {
  CsvTable table;
  table.path_ = path;
  table.data_ = read_whole_file(path);
  // A final newline makes every cell, including the last one, end inside the buffer.
  if (table.data_.empty() || table.data_.back() != '\n') table.data_.push_back('\n');
  table.parse(required_columns);
  return table;
}

void CsvTable::parse(const std::vector<std::string>& required_columns) {
  char* const base = data_.data();
  const std::size_t size = data_.size();
  const auto line_count = static_cast<std::size_t>(std::count(data_.begin(), data_.end(), '\n'));
  row_start_.reserve(line_count);
  row_lines_.reserve(line_count);

  std::size_t pos = 0;
  std::uint32_t line = 0;
  while (pos < size) {
    ++line;
    const char* nl = static_cast<const char*>(std::memchr(base + pos, '\n', size - pos));
    std::size_t end = static_cast<std::size_t>(nl - base);
    const std::size_t next = end + 1;
    if (end > pos && base[end - 1] == '\r') --end;
    std::size_t first = pos;
    while (first < end && is_blank(base[first])) ++first;
    if (first == end) {  // blank line
      if (line == 1) throw UserError(path_ + ":1: the header row is empty");
      pos = next;
      continue;
    }
    if (line == 1) {
      std::vector<std::uint32_t> offsets;
      split_cells(base, pos, end, offsets);
      for (const std::uint32_t off : offsets) {
        std::string name(base + pos + off);
        if (name.empty()) throw UserError(path_ + ":1: the header has an empty column name");
        if (std::find(header_.begin(), header_.end(), name) != header_.end())
          throw UserError(path_ + ":1: column '" + name + "' appears twice in the header");
        header_.push_back(std::move(name));
      }
      cell_offset_.reserve(line_count * header_.size());
    } else {
      const std::size_t fields = split_cells(base, pos, end, cell_offset_);
      if (fields != header_.size())
        throw UserError(path_ + ":" + std::to_string(line) + ": expected " +
                        std::to_string(header_.size()) + " fields (as in the header), found " +
                        std::to_string(fields));
      row_start_.push_back(pos);
      row_lines_.push_back(line);
    }
    pos = next;
  }
  if (header_.empty()) throw UserError(path_ + ": the file is empty (a header row is required)");
  for (const auto& name : required_columns) {
    if (has_column(name)) continue;
    std::string have;
    for (const auto& h : header_) have += (have.empty() ? "" : ",") + h;
    throw UserError(path_ + ":1: missing column '" + name + "' (the header is '" + have + "')");
  }
}

bool CsvTable::has_column(const std::string& name) const {
  return std::find(header_.begin(), header_.end(), name) != header_.end();
}

std::size_t CsvTable::column_index(const std::string& name) const {
  const auto it = std::find(header_.begin(), header_.end(), name);
  if (it == header_.end()) throw UserError(path_ + ": no column '" + name + "'");
  return static_cast<std::size_t>(it - header_.begin());
}

std::size_t CsvTable::column(const std::string& name) const { return column_index(name); }

std::string_view CsvTable::cell(std::size_t row, std::size_t column) const {
  const char* p = data_.data() + row_start_[row] + cell_offset_[row * header_.size() + column];
  return std::string_view(p);
}

std::string CsvTable::where(std::size_t row, std::size_t column) const {
  return path_ + ":" + std::to_string(row_lines_[row]) + ": column '" + header_[column] + "': ";
}

std::int64_t CsvTable::integer_at(std::size_t row, std::size_t column, std::int64_t min,
                                  std::int64_t max) const {
  const char* text = data_.data() + row_start_[row] + cell_offset_[row * header_.size() + column];
  std::int64_t value = 0;
  if (!parse_int64(text, value))
    throw UserError(where(row, column) + "expected an integer, got '" + text + "'");
  if (value < min || value > max)
    throw UserError(where(row, column) + "value " + text + " is outside [" + std::to_string(min) +
                    ", " + std::to_string(max) + "]");
  return value;
}

std::int64_t CsvTable::integer(std::size_t row, const std::string& column, std::int64_t min,
                               std::int64_t max) const {
  return integer_at(row, column_index(column), min, max);
}

double CsvTable::real(std::size_t row, const std::string& column) const {
  const std::size_t col = column_index(column);
  const std::string_view text = cell(row, col);
  char* end = nullptr;
  const double value = text.empty() ? 0.0 : std::strtod(text.data(), &end);
  if (text.empty() || *end != '\0' || !std::isfinite(value))
    throw UserError(where(row, col) + "expected a finite number, got '" + std::string(text) + "'");
  return value;
}

std::string CsvTable::text(std::size_t row, const std::string& column) const {
  return std::string(cell(row, column_index(column)));
}

}  // namespace nm
