/**
 * The Lucene index of a dataset for typeahead search: how products are written into it and how a typed text finds
 * them. {@link org.festserver.indexer.search.SearchIndexWriter} builds it while a dataset is built;
 * {@link org.festserver.indexer.search.SearchIndex} opens it read-only and
 * {@link org.festserver.indexer.search.ProductSearcher} answers {@link org.festserver.indexer.search.SearchRequest}s
 * with {@link org.festserver.indexer.search.SearchPage}s. Depends on Lucene and the model only. The longer story,
 * with the choices and their reasons, is {@code docs/search.md}.
 *
 * <h2>Documents</h2>
 *
 * One document per searchable entity, of one {@link org.festserver.indexer.search.SearchKind}:
 *
 * <ul>
 *   <li><b>substance group</b> (LegemiddelVirkestoff): its NavnFormStyrke, ATC code, the Norwegian and English names
 *       of its substances, and the Varenavn of each of its brands, so that a brand name finds the group.
 *       Its brands are the referenced ones or, without references, those matching by
 *       SortertVirkestoffMedStyrke set + form + ATC.
 *   <li><b>brand</b> (LegemiddelMerkevare): NavnFormStyrke, Varenavn, ATC code, substance names.
 *   <li><b>pack</b>: NavnFormStyrke, varenummer, utgående varenummer, every EAN, ATC code, pack
 *       size ("28 stk"); the
 *       marketing dates are stored to mark each hit's state (R-6.1.x).
 *   <li><b>unit dose</b>: NavnFormStyrke, LMR number, ATC code.
 *   <li><b>substance</b> (Virkestoff): Norwegian and English name; <b>supply</b> (Handelsvare): name and
 *       number; <b>atc</b>: each code of code system 7180 with its Norwegian and English terms.
 * </ul>
 *
 * Brands need substance names that come later in the file, and groups need their brands; so the writer keeps a small
 * {@code CatalogGraph} of names, ids and dates while reading and writes medicines at the end.
 *
 * <h2>Fields</h2>
 *
 * <ul>
 *   <li>{@code kind}, {@code id}: exact, stored. {@code name}, {@code atc}, {@code itemNumber}, {@code packSize},
 *       the marketing days: stored only.
 *   <li>{@code prefix_raw} and {@code prefix_folded}: every searchable text, analysed twice (below), docs only, no
 *       norms, no positions.
 *   <li>{@code lastSaleDay}: a long point, the last day the product may be sold (3 months after deregistration or
 *       temporary withdrawal, R-6.1.2/R-6.1.3; for a brand, group or unit dose the latest of its packs; unlimited
 *       when none is set).
 *   <li>{@code sort}: sorted doc values, the order key: kind rank, then the Norwegian collation key of the name
 *       ({@link org.festserver.model.catalog.NameOrder}: æ, ø, å after z, numbers by value), then a tie-break
 *       (varenummer for packs) and the id. ATC codes sort by code.
 * </ul>
 *
 * <h2>Analysis</h2>
 *
 * Both chains start with the standard tokenizer (so "12,5", "2.5" and "C10AA01" stay one token, "mg/ml" splits),
 * lower-case, and write a decimal comma between digits as a point ("12,5" = "12.5"). The <b>raw</b> chain then folds
 * accents to ASCII except æ, ø and å ("Décorin" → "decorin", "Østradiol" stays "østradiol"). The <b>folded</b> chain
 * first applies Lucene's {@code NorwegianNormalizationFilter} (ae/ä → æ, oe/ö → ø, aa → å) and then the same accent
 * folding. At index time both end with edge n-grams of 1 to 24 characters of each token (the whole token kept when
 * longer), so that a prefix is a plain term.
 *
 * <h2>From text to query</h2>
 *
 * The text is analysed by both chains without n-grams, token by token. Every token must match (MUST), in any order;
 * a token matches when its raw form is a term of {@code prefix_raw} or its folded form a term of
 * {@code prefix_folded} (a term query; a prefix query for tokens longer than 24). Raw keeps "a" finding "Aerius",
 * folded lets "aalg" find "Ålgård". Filters: the requested kinds, and {@code lastSaleDay >= date} unless products no
 * longer sold are asked for.
 *
 * <p>Only when that finds nothing does the typo fallback run: tokens of 4 or more letters become fuzzy queries on
 * {@code prefix_folded} (1 edit, 2 from 7 letters on, transpositions count as one, no fixed prefix); tokens with a
 * digit and shorter tokens must still match exactly, so a strength is never "corrected"; more than 4 correctable
 * tokens get no fallback. Its page says {@code corrected}.
 *
 * <h2>Ranking and paging</h2>
 *
 * There is no relevance score: hits sort by {@code sort}, which puts substance groups before brands before packs and
 * the rest, each alphabetically. The total is exact (the collector counts every hit). The next-page cursor
 * ({@link org.festserver.indexer.search.SearchCursor}) holds the last hit's sort key and a fingerprint of the query,
 * and the next page is a {@code searchAfter} from it: any depth, no cap.
 */
package org.festserver.indexer.search;
