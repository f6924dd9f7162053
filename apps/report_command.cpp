// `neuromesh report DIR`: one self-contained HTML page of a run folder or a sweep folder.
#include <filesystem>
#include <fstream>

#include "apps/commands.h"
#include "apps/report_plots.h"
#include "common/errors.h"

namespace nm::cli {

int report_command(const Options& o, std::ostream& out) {
  const std::string dir = o.positional[0];
  const Page page = is_sweep_folder(dir) ? sweep_page(load_sweep_folder(dir))
                                         : run_page(load_run_folder(dir));
  const std::string path =
      o.out_file.empty() ? (std::filesystem::path(dir) / "report.html").string() : o.out_file;
  std::ofstream html(path, std::ios::binary);
  if (!html) throw UserError("cannot write '" + path + "'");
  html << render_page(page);
  html.close();
  if (!html) throw UserError("error while writing '" + path + "' (disk full?)");
  out << "report with " << page.plots.size() << " plots written to " << path << '\n';
  return 0;
}

}  // namespace nm::cli
