/**
 * What the read stage accepts at most, so that a hostile or mistaken file (a spreadsheet
 * export run wild, a YAML "billion laughs") is refused at the file, quickly and in bounded
 * memory, before anything downstream sees it. Each bound is far above any real edition.
 */
export const READ_LIMITS = {
  /**
   * Bytes of one CSV or YAML file, checked before it is read. The largest real file is
   * 11 KB (a text file); a 15-year table of 40 countries a year is under 25 KB.
   */
  fileBytes: 1024 * 1024,
  /**
   * Aliases a YAML file may resolve, as `yaml` counts them (aliases times the nodes they
   * stand for): the edition's files use none; the package's own default.
   */
  yamlAliases: 100,
  /** Nesting of maps and lists in a YAML file: the texts nest 5 deep (`a.list[1].lines[2]` and the like). */
  yamlDepth: 20,
} as const;
