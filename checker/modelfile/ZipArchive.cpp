#include "ZipArchive.h"

#include <zip.h>

#include <set>

namespace torchtidy::modelfile {

namespace {

std::string zipErrorText(int Code) {
  zip_error_t E;
  zip_error_init_with_code(&E, Code);
  std::string Text = zip_error_strerror(&E);
  zip_error_fini(&E);
  return Text;
}

std::string zipErrorText(zip_error_t *E) {
  const char *Text = zip_error_strerror(E);
  return Text ? Text : "unknown libzip error";
}

} // namespace

ZipArchive::~ZipArchive() {
  if (Archive)
    zip_discard(Archive); // read-only: nothing to write back
}

bool ZipArchive::openFile(const std::string &Path, std::string &Error) {
  int Code = 0;
  Archive = zip_open(Path.c_str(), ZIP_RDONLY, &Code);
  if (!Archive) {
    Error = "cannot open '" + Path + "' as a zip archive: " + zipErrorText(Code);
    return false;
  }
  return true;
}

bool ZipArchive::openBuffer(const void *Data, size_t Size, std::string &Error) {
  zip_error_t E;
  zip_error_init(&E);
  zip_source_t *Source = zip_source_buffer_create(Data, Size, 0, &E);
  if (!Source) {
    Error = "cannot read the buffer: " + zipErrorText(&E);
    zip_error_fini(&E);
    return false;
  }
  Archive = zip_open_from_source(Source, ZIP_RDONLY, &E);
  if (!Archive) {
    zip_source_free(Source);
    Error = "cannot open the buffer as a zip archive: " + zipErrorText(&E);
    zip_error_fini(&E);
    return false;
  }
  zip_error_fini(&E);
  return true;
}

std::vector<std::string> ZipArchive::entryNames() const {
  std::vector<std::string> Names;
  if (!Archive)
    return Names;
  zip_int64_t N = zip_get_num_entries(Archive, 0);
  for (zip_int64_t I = 0; I < N; ++I)
    if (const char *Name = zip_get_name(Archive, static_cast<zip_uint64_t>(I),
                                        ZIP_FL_ENC_RAW))
      Names.emplace_back(Name);
  return Names;
}

bool ZipArchive::topLevelFolder(std::string &Folder,
                                std::string &Error) const {
  std::set<std::string> Folders;
  for (const std::string &Name : entryNames()) {
    size_t Slash = Name.find('/');
    if (Slash == std::string::npos || Slash == 0) {
      Error = "entry '" + Name + "' is not inside a folder";
      return false;
    }
    Folders.insert(Name.substr(0, Slash));
  }
  if (Folders.empty()) {
    Error = "the archive is empty";
    return false;
  }
  if (Folders.size() > 1) {
    Error = "the archive has " + std::to_string(Folders.size()) +
            " top-level folders ('" + *Folders.begin() + "', '" +
            *std::next(Folders.begin()) + "'" +
            (Folders.size() > 2 ? ", ..." : "") + "), expected one";
    return false;
  }
  Folder = *Folders.begin();
  return true;
}

bool ZipArchive::hasEntry(const std::string &Name) const {
  return Archive && zip_name_locate(Archive, Name.c_str(), ZIP_FL_ENC_RAW) >= 0;
}

bool ZipArchive::readEntry(const std::string &Name, uint64_t MaxBytes,
                           std::string &Out, std::string &Error) const {
  Out.clear();
  if (!Archive) {
    Error = "no archive is open";
    return false;
  }
  zip_int64_t Index = zip_name_locate(Archive, Name.c_str(), ZIP_FL_ENC_RAW);
  if (Index < 0) {
    Error = "no entry '" + Name + "'";
    return false;
  }
  zip_stat_t Stat;
  zip_stat_init(&Stat);
  if (zip_stat_index(Archive, static_cast<zip_uint64_t>(Index), 0, &Stat) != 0) {
    Error = "cannot stat '" + Name + "': " + zip_strerror(Archive);
    return false;
  }
  if ((Stat.valid & ZIP_STAT_SIZE) && Stat.size > MaxBytes) {
    Error = "'" + Name + "' is " + std::to_string(Stat.size) +
            " bytes, more than the limit of " + std::to_string(MaxBytes);
    return false;
  }
  zip_file_t *File = zip_fopen_index(Archive, static_cast<zip_uint64_t>(Index), 0);
  if (!File) {
    Error = "cannot open '" + Name + "': " + zip_strerror(Archive);
    return false;
  }
  char Chunk[1 << 16];
  bool Ok = true;
  while (true) {
    zip_int64_t Got = zip_fread(File, Chunk, sizeof(Chunk));
    if (Got < 0) {
      Error = "cannot read '" + Name + "': " + zip_file_strerror(File);
      Ok = false;
      break;
    }
    if (Got == 0)
      break;
    if (static_cast<uint64_t>(Got) > MaxBytes - Out.size()) {
      Error = "'" + Name + "' holds more than the limit of " +
              std::to_string(MaxBytes) + " bytes";
      Ok = false;
      break;
    }
    Out.append(Chunk, static_cast<size_t>(Got));
  }
  zip_fclose(File);
  if (!Ok)
    Out.clear();
  return Ok;
}

} // namespace torchtidy::modelfile
