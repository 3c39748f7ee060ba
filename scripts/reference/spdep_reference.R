# Reference outputs for src/stats, computed with R and spdep.
#
# Rerun from anywhere (needs R with spdep and jsonlite; on Debian bookworm:
# `apt-get install -y r-cran-spdep r-cran-jsonlite`):
#
#   Rscript scripts/reference/spdep_reference.R
#
# It (re)writes the committed inputs test/fixtures/stats/in/*.json and the reference outputs
# test/fixtures/stats/out/*.json that test/stats/*.test.ts read. CI has no R: the tests only read
# the committed JSON. The committed outputs were produced by R 4.2.2 Patched (2022-11-10 r83330),
# spdep 1.2-7 and jsonlite 1.8.4 (each output records the versions under "generatedBy").
#
# Neighbour lists are 0-based in JSON and 1-based in R. Numbers are written with 15 significant
# digits; NaN/NA (islands, R's 0/0) are written as null.

suppressPackageStartupMessages({
  library(spdep)
  library(jsonlite)
})

script_path <- function() {
  arg <- grep("^--file=", commandArgs(trailingOnly = FALSE), value = TRUE)
  if (length(arg) == 0L) stop("run with Rscript")
  normalizePath(sub("^--file=", "", arg[1L]))
}
root <- normalizePath(file.path(dirname(script_path()), "..", ".."))
in_dir <- file.path(root, "test", "fixtures", "stats", "in")
out_dir <- file.path(root, "test", "fixtures", "stats", "out")
dir.create(in_dir, recursive = TRUE, showWarnings = FALSE)
dir.create(out_dir, recursive = TRUE, showWarnings = FALSE)

generated_by <- list(
  R = unbox(R.version.string),
  spdep = unbox(as.character(packageVersion("spdep"))),
  jsonlite = unbox(as.character(packageVersion("jsonlite")))
)

write_fixture <- function(obj, dir, name) {
  path <- file.path(dir, paste0(name, ".json"))
  txt <- toJSON(obj, digits = NA, na = "null", pretty = TRUE)
  writeLines(txt, path)
  cat("wrote", path, "\n")
}

# ---- neighbour lists -------------------------------------------------------------------------

# nb object from a list of 1-based index vectors (integer(0) = island).
make_nb <- function(lst) {
  nb <- lapply(lst, function(v) if (length(v) == 0L) 0L else sort(as.integer(v)))
  class(nb) <- "nb"
  attr(nb, "region.id") <- as.character(seq_along(nb))
  attr(nb, "call") <- NA
  attr(nb, "type") <- "custom"
  attr(nb, "sym") <- is.symmetric.nb(nb, verbose = FALSE, force = TRUE)
  nb
}

# 0-based JSON form of an nb object.
nb_json <- function(nb) {
  lapply(nb, function(v) {
    v <- as.integer(v)
    v <- v[v > 0L]
    I(v - 1L)
  })
}

quadrant_code <- function(q) {
  map <- c("High-High" = "HH", "Low-Low" = "LL", "High-Low" = "HL", "Low-High" = "LH")
  unname(map[as.character(q)])
}

# (a) 5 x 5 grid, rook and queen contiguity.
grid_values <- round(20 + 8 * sin(seq_len(25) * 1.7) + seq_len(25) * 0.4, 2)
grid_rook <- cell2nb(5, 5, type = "rook")
grid_queen <- cell2nb(5, 5, type = "queen")

# (b) irregular 12-region symmetric list; region 12 is an island.
irregular_nb <- make_nb(list(
  c(2, 3, 4), c(1, 3, 5), c(1, 2, 4, 5, 6), c(1, 3, 6, 7), c(2, 3, 6, 8),
  c(3, 4, 5, 7, 8, 9), c(4, 6, 9, 10), c(5, 6, 9, 11), c(6, 7, 8, 10, 11),
  c(7, 9, 11), c(8, 9, 10), integer(0)
))
irregular_values <- c(24.3, 27.1, 22.8, 30.5, 19.6, 28.9, 33.2, 21.4, 26.7, 35.8, 31.1, 18.2)

# (c) asymmetric list: 2 nearest neighbours of 10 fixed points.
knn_coords <- cbind(
  c(0.0, 1.1, 2.3, 0.4, 1.6, 3.1, 0.9, 2.2, 3.4, 4.6),
  c(0.0, 0.3, 0.1, 1.2, 1.4, 1.0, 2.6, 2.3, 2.9, 1.7)
)
knn_nb <- knn2nb(knearneigh(knn_coords, k = 2))
knn_values <- c(12.5, 14.1, 9.8, 16.3, 13.7, 8.9, 19.4, 15.2, 11.6, 7.3)

datasets <- list(
  grid5Rook = list(nb = grid_rook, values = grid_values),
  grid5Queen = list(nb = grid_queen, values = grid_values),
  irregular12 = list(nb = irregular_nb, values = irregular_values),
  knn10 = list(nb = knn_nb, values = knn_values)
)

perm_nsim <- 999L
perm_seed <- 20240611L

moran_json <- function(x, lw, ...) {
  g <- moran.test(x, lw, zero.policy = TRUE, ...)
  t2 <- moran.test(x, lw, zero.policy = TRUE, alternative = "two.sided", ...)
  list(
    I = unbox(unname(g$estimate[1])),
    expectation = unbox(unname(g$estimate[2])),
    variance = unbox(unname(g$estimate[3])),
    z = unbox(unname(g$statistic)),
    p = unbox(g$p.value),
    pTwoSided = unbox(t2$p.value)
  )
}

for (name in names(datasets)) {
  d <- datasets[[name]]
  x <- d$values
  nb <- d$nb
  lw <- nb2listw(nb, style = "W", zero.policy = TRUE)
  lwB <- nb2listw(nb, style = "B", zero.policy = TRUE)

  write_fixture(list(
    name = unbox(name),
    neighbours = nb_json(nb),
    binaryWeights = lapply(lwB$weights, function(w) I(as.numeric(w))),
    values = x
  ), in_dir, name)

  lm <- localmoran(x, lw, zero.policy = TRUE)
  set.seed(perm_seed)
  lmp <- localmoran_perm(x, lw, nsim = perm_nsim, zero.policy = TRUE)
  lg <- localG(x, nb2listw(include.self(nb), style = "W", zero.policy = TRUE), zero.policy = TRUE)
  lgB <- localG(x, nb2listw(include.self(nb), style = "B", zero.policy = TRUE), zero.policy = TRUE)
  lm_p <- unname(lm[, 5])

  write_fixture(list(
    generatedBy = generated_by,
    name = unbox(name),
    moran = moran_json(x, lw),
    moranAdjustNFalse = moran_json(x, lw, adjust.n = FALSE),
    moranBinary = moran_json(x, lwB),
    localMoran = list(
      Ii = unname(lm[, 1]), EIi = unname(lm[, 2]), VarIi = unname(lm[, 3]),
      ZIi = unname(lm[, 4]), p = lm_p,
      quadrant = quadrant_code(attr(lm, "quadr")$mean)
    ),
    localMoranPerm = list(
      nsim = unbox(perm_nsim), seed = unbox(perm_seed),
      Ii = unname(lmp[, 1]), EIi = unname(lmp[, 2]), VarIi = unname(lmp[, 3]),
      pSim = unname(lmp[, 6]), pFolded = unname(lmp[, 7])
    ),
    localGStar = as.numeric(lg),
    localGStarBinary = as.numeric(lgB),
    benjaminiHochberg = list(p = lm_p, adjusted = p.adjust(lm_p, "BH"))
  ), out_dir, name)
}

# ---- empirical Bayes -------------------------------------------------------------------------

eb_sets <- list(
  # heterogeneous rates: positive prior variance
  ebHeterogeneous = list(
    nb = irregular_nb,
    cases = c(98, 31, 270, 61, 9, 201, 150, 30, 240, 105, 22, 40),
    population = c(412, 96, 1350, 220, 58, 730, 505, 88, 1120, 340, 64, 190)
  ),
  # nearly homogeneous rates: the global moment estimate of the prior variance is negative
  ebHomogeneous = list(
    nb = irregular_nb,
    cases = c(101, 79, 122, 58, 41, 99, 80, 62, 118, 39, 21, 60),
    population = c(500, 400, 600, 300, 200, 500, 400, 300, 600, 200, 100, 300)
  ),
  # zero cases on the island (and in region 1's neighbourhood): spdep gives 0/0 = NaN there
  ebZeros = list(
    nb = irregular_nb,
    cases = c(0, 0, 0, 0, 3, 5, 12, 8, 9, 4, 6, 0),
    population = c(40, 35, 60, 50, 45, 70, 80, 65, 90, 30, 55, 25)
  )
)

for (name in names(eb_sets)) {
  d <- eb_sets[[name]]
  g <- EBest(d$cases, d$population)
  l <- EBlocal(d$cases, d$population, d$nb, zero.policy = TRUE)
  write_fixture(list(
    name = unbox(name),
    neighbours = nb_json(d$nb),
    cases = d$cases,
    population = d$population
  ), in_dir, name)
  write_fixture(list(
    generatedBy = generated_by,
    name = unbox(name),
    global = list(
      raw = g$raw, smoothed = g$estmm,
      priorVariance = unbox(attr(g, "parameters")$a), priorMean = unbox(attr(g, "parameters")$b)
    ),
    local = list(
      raw = l$raw, smoothed = l$est,
      priorVariance = attr(l, "parameters")$a, priorMean = attr(l, "parameters")$m
    )
  ), out_dir, name)
}

# ---- Benjamini-Hochberg with ties and a missing value ----------------------------------------

bh_p <- c(0.01, 0.04, 0.03, NA, 0.04, 0.2, 0.001, 0.5, 0.0004, 0.049)
write_fixture(list(
  generatedBy = generated_by,
  p = bh_p,
  adjusted = p.adjust(bh_p, "BH")
), out_dir, "benjaminiHochberg")

# ---- class breaks: pretty() and quantile(type = 7) -------------------------------------------

pretty_cases <- list(
  c(0, 1, 5), c(12.3, 38.7, 5), c(-3.2, 7.9, 4), c(0.00123, 0.00456, 5), c(1e6, 1.7e6, 3),
  c(5, 5, 5), c(0, 0, 5), c(-1, -1, 5), c(18.2, 35.8, 7), c(100, 101, 10), c(0.1, 0.9, 2),
  c(1, 1 + 1e-7, 5), c(1, 1 + 1e-13, 5), c(-0.5, 0.5, 5), c(7.3, 19.4, 1), c(7.3, 19.4, 3),
  c(2.5, 97.5, 6), c(-1234.5, -3.2, 5), c(0.2, 0.2000003, 4), c(33, 33.5, 8)
)
set.seed(42)
for (i in 1:200) {
  scale <- 10^sample(-4:6, 1)
  a <- round(runif(1, -50, 100) * scale, 6)
  b <- a + round(runif(1, 0, 80) * scale, 6)
  pretty_cases[[length(pretty_cases) + 1L]] <- c(a, b, sample(1:10, 1))
}
# Round-trip each bound through its 15-digit decimal so the JSON input is the exact double used.
pretty_cases <- lapply(pretty_cases, function(cs) as.numeric(sprintf("%.15g", cs)))
write_fixture(list(
  generatedBy = generated_by,
  cases = lapply(pretty_cases, function(cs) list(
    low = unbox(cs[1]), high = unbox(cs[2]), n = unbox(as.integer(cs[3])),
    breaks = I(pretty(c(cs[1], cs[2]), n = as.integer(cs[3])))
  ))
), out_dir, "pretty")

quantile_sets <- list(grid_values, irregular_values, knn_values, c(1, 1, 1, 2, 2, 3, 10))
write_fixture(list(
  generatedBy = generated_by,
  cases = unlist(lapply(quantile_sets, function(v) lapply(c(2L, 3L, 4L, 5L, 7L), function(k) list(
    values = v, classes = unbox(k),
    breaks = unname(quantile(v, probs = seq(0, 1, length.out = k + 1L), type = 7))
  ))), recursive = FALSE)
), out_dir, "quantile")

# ---- standard normal upper tail --------------------------------------------------------------

z <- c(seq(-8, 8, by = 0.05), 0.1234567, 1.959963984540054, 2.5758293035489, 9, 10, 12.5, 15,
       20, 25, 30, 35, -37)
write_fixture(list(
  generatedBy = generated_by,
  z = z,
  upper = pnorm(z, lower.tail = FALSE)
), out_dir, "pnorm")
