"""The blind sets (tests/fixtures/blind, blind2, blind3): well-formed gold, and regression alarms
on their scores.

The articles and gold are for annotators only: whoever writes extraction rules never reads them.
These tests therefore never print an article's text, names or gold, only file names, the check
that failed and aggregate scores. `benchmarks/blind_eval.py` prints the full aggregate report.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from test_article import SCORE, load_score
from test_fixtures_gold import ENTITY_TYPES, SCHEMA, is_whole_sentence, norm

from loaders.article import extract_file, to_contract_json

FIXTURES = ROOT / "tests" / "fixtures"
SETS = (
    "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
    "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16",
    "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "blind23", "blind24",
    "blind25", "blind26", "blind27", "blind28", "blind29", "blind30", "blind31",
    "blind32", "blind33", "blind34", "blind35", "blind36", "blind37", "blind38", "blind39",
    "blind40", "blind41", "blind42", "blind43",
)  # fmt: skip
# blind and blind2 are the 40-article sets; blind3 to blind43 are 20-article
# supplements
MIN_ARTICLES = {
    "blind": 40, "blind2": 40, "blind3": 20, "blind4": 20, "blind5": 20, "blind6": 20,
    "blind7": 20, "blind8": 20, "blind9": 20, "blind10": 20, "blind11": 20, "blind12": 20,
    "blind13": 20, "blind14": 20, "blind15": 20, "blind16": 20,
    "blind17": 20, "blind18": 20, "blind19": 20, "blind20": 20, "blind21": 20,
    "blind22": 20, "blind23": 20, "blind24": 20, "blind25": 20, "blind26": 20,
    "blind27": 20, "blind28": 20, "blind29": 20, "blind30": 20, "blind31": 20,
    "blind32": 20, "blind33": 20, "blind34": 20, "blind35": 20, "blind36": 20,
    "blind37": 20, "blind38": 20, "blind39": 20, "blind40": 20, "blind41": 20,
    "blind42": 20, "blind43": 20,
}  # fmt: skip
GOLD_FILES = sorted(p for name in SETS for p in (FIXTURES / name).glob("*.gold.json"))

# Regression alarms (mean relation F1, micro relation precision, mean entity F1), set a little
# under the score measured. Raise them when the blind score rises; the figure that counts is the
# one benchmarks/blind_eval.py reports, not these floors.
FLOORS = {
    # measured 0.781 / 0.917 / 0.946 on 2026-12-02 (0.754 / 0.893 / 0.938 at f89c115), 0.800 /
    # 0.933 / 0.958 later on 2026-12-02; every article's failures were described to rule writers in
    # paraphrase, three times
    "blind": (0.77, 0.91, 0.94),
    # written fresh on 2026-12-02: 0.641 / 0.801 / 0.895 at f89c115, when written; 0.699 /
    # 0.836 / 0.904 at 5aacc7a, after articles 21-40 were described (01-20: 0.703 / 0.828);
    # 0.740 / 0.866 / 0.930 at the end of the second round that day (01-20: 0.742 / 0.866 / 0.914)
    # 0.810 / 0.919 / 0.953 at the end of the third round, after 01-20 were described too
    "blind2": (0.78, 0.89, 0.93),
    # written fresh in the second round of 2026-12-02 and never described: 0.614 / 0.775 /
    # 0.911 at 5aacc7a, 0.645 / 0.801 / 0.915 at the end of that round, 0.654 / 0.807 / 0.920
    # at the end of the third, 0.665 / 0.824 / 0.922 at the end of the fourth
    "blind3": (0.64, 0.80, 0.90),
    # written fresh in the third round of 2026-12-02: 0.567 / 0.732 / 0.895 at 5d850fe, when
    # written; 0.570 / 0.731 / 0.900 at the end of that round, 0.609 / 0.772 / 0.900 at the end
    # of the fourth; its errors were described by structure (with blind5's) in the fifth round:
    # 0.629 / 0.791 / 0.908 at its end; 0.671 / 0.824 / 0.930 at the end of the thirteenth
    "blind4": (0.64, 0.80, 0.91),
    # written fresh in the fourth round of 2026-12-02, kept outside the repository until the
    # round ended: 0.612 / 0.763 / 0.932 at c0f34fa, when written; 0.615 / 0.774 / 0.935 at the
    # end of that round; described by structure in the fifth round: 0.635 / 0.784 / 0.942 at its
    # end
    "blind5": (0.61, 0.76, 0.92),
    # written fresh in the fifth round (2026-12-03), kept outside the repository until the round
    # ended and never described: 0.669 / 0.838 / 0.936 at ea17ab3, when written; 0.671 / 0.838
    # / 0.933 at the end of that round; 0.687 / 0.839 / 0.935 at the end of the sixth, 0.694 /
    # 0.844 / 0.937 at the end of the seventh, 0.728 / 0.883 / 0.934 at the end of the twelfth,
    # 0.729 / 0.880 / 0.937 at the end of the thirteenth
    "blind6": (0.70, 0.86, 0.91),
    # written fresh at the start of the sixth round (2026-12-03), kept outside the repository
    # until it ended: 0.682 / 0.840 / 0.929 at 5b0b0c7, when written; 0.695 / 0.850 / 0.929 at
    # the end of that round (one rule area was chosen after its by-register aggregate); its
    # errors and mistyped entities were described by structure in the seventh: 0.765 / 0.885 /
    # 0.934 at its end; 0.794 / 0.910 / 0.940 at the end of the thirteenth
    "blind7": (0.77, 0.88, 0.92),
    # written fresh at the start of the seventh round (2026-12-03): 0.672 / 0.809 / 0.935 at
    # 3e42fc6, when written; 0.686 / 0.813 / 0.935 at the end of that round; its errors and
    # mistyped entities were described by structure in the eighth: 0.743 / 0.847 / 0.950 at
    # its end
    "blind8": (0.71, 0.82, 0.93),
    # written fresh at the start of the eighth round (2026-12-03) and never described: 0.647 /
    # 0.801 / 0.947 at 3d4bba7, when written; 0.652 / 0.806 / 0.950 at the end of that round;
    # its misses and spurious relations were described by structure in the ninth round: 0.756 /
    # 0.889 / 0.964 at its end
    "blind9": (0.73, 0.86, 0.93),
    # written fresh at the start of the ninth round (2026-12-03): 0.689 / 0.796 / 0.931 at
    # 3260397, when written; 0.697 / 0.798 / 0.930 at the end of that round; its misses and
    # spurious relations were described by structure in the tenth: 0.786 / 0.876 / 0.942 at its
    # end; 0.808 / 0.895 / 0.949 at the end of the thirteenth
    "blind10": (0.78, 0.87, 0.92),
    # written fresh at the start of the tenth round (2026-12-03): 0.716 / 0.830 / 0.938 at
    # 5cce9d1, when written; 0.721 / 0.834 / 0.938 at the end of that round; its misses and
    # spurious relations were described by structure in the eleventh: 0.767 / 0.884 / 0.948 at
    # its end; 0.794 / 0.913 / 0.948 at the end of the twelfth
    "blind11": (0.77, 0.89, 0.93),
    # written fresh at the start of the eleventh round (2026-12-04): 0.716 / 0.859 / 0.952 at
    # 2127750, when written; 0.718 / 0.860 / 0.952 at the end of that round; its misses and
    # spurious relations were described by structure in the twelfth: 0.759 / 0.901 / 0.952 at
    # its end
    "blind12": (0.73, 0.88, 0.93),
    # written fresh at the start of the twelfth round (2026-12-04) and never described: 0.731 /
    # 0.867 / 0.938 at 47cba41, when written; 0.729 / 0.864 / 0.938 at the end of that round;
    # 0.732 / 0.865 / 0.938 at the end of the thirteenth; described at the start of the
    # fourteenth: 0.747 / 0.871 / 0.945 at its end
    "blind13": (0.71, 0.84, 0.92),
    # written fresh in the thirteenth round (2026-12-04) and never described: 0.706 / 0.855 /
    # 0.955 at 9ddd5bd, when first measured (0.700 / 0.847 / 0.954 at the round's start, 0d01c88);
    # 0.707 / 0.858 / 0.957 at the end of that round
    "blind14": (0.68, 0.83, 0.93),
    # written fresh at the start of the fourteenth round (2026-12-04): 0.715 / 0.844 / 0.958 at
    # cd0ee2b, when written, and at the end of that round; described at the start of the fifteenth:
    # 0.775 / 0.908 / 0.968 at its end
    "blind15": (0.75, 0.88, 0.95),
    # written fresh at the start of the fifteenth round (2026-12-04): 0.716 / 0.835 / 0.962 at
    # dbbf708, when written; 0.724 / 0.842 / 0.962 at the end of that round; described at the
    # start of the sixteenth: 0.827 / 0.923 / 0.972 at its end
    "blind16": (0.80, 0.90, 0.95),
    # written fresh at the start of the sixteenth round (2026-12-04): 0.721 / 0.799 / 0.944 at
    # aa84a96, when written; 0.719 / 0.797 / 0.943 at the end of that round; described at the
    # start of the seventeenth: 0.780 / 0.860 / 0.948 at its end
    "blind17": (0.75, 0.83, 0.93),
    # written fresh at the start of the seventeenth round (2026-12-04), kept outside the
    # repository until it ended: 0.700 / 0.859 / 0.905 at ff950e6, when written; 0.703 / 0.863 /
    # 0.911 at the end of that round; described at the start of the eighteenth: 0.781 / 0.896 /
    # 0.933 at its end
    "blind18": (0.75, 0.86, 0.91),
    # written fresh at the start of the eighteenth round (2026-12-04), kept outside the
    # repository until it ended: 0.648 / 0.759 / 0.908 at db6fa3ef, when written; 0.652 / 0.767
    # / 0.909 at the end of that round; described at the start of the nineteenth: 0.711 / 0.824
    # / 0.917 at its end
    "blind19": (0.68, 0.79, 0.89),
    # written fresh at the start of the nineteenth round (2026-12-05), kept outside the
    # repository until it ended: 0.613 / 0.743 / 0.917 at 19f17f97, when written; 0.614 / 0.741
    # / 0.916 at the end of that round; described (as verified invented repros of its errors) at
    # the start of the twentieth: 0.670 / 0.795 / 0.922 at its end; 0.714 / 0.869 / 0.921 at the
    # end of the twenty-third (census again)
    "blind20": (0.69, 0.84, 0.90),
    # written fresh at the start of the twentieth round (2026-12-05), kept outside the
    # repository until it ended: 0.604 / 0.776 / 0.918 at 0d294902, when written; the same at
    # the end of that round; its errors counted in a census by construction (with every described
    # set's) in the twenty-first: 0.607 / 0.780 / 0.920 at its end; 0.641 / 0.821 / 0.922 at the
    # end of the twenty-second (census again); 0.653 / 0.838 / 0.925 at the end of the
    # twenty-third
    "blind21": (0.62, 0.81, 0.90),
    # written fresh at the start of the twenty-first round (2026-12-05), kept outside the
    # repository until it ended and never described then: 0.664 / 0.832 / 0.906 at 9cce712b, when
    # written; 0.665 / 0.835 / 0.907 at the end of that round; its errors counted in the census
    # of the twenty-second: 0.685 / 0.862 / 0.910 at its end; 0.704 / 0.878 / 0.912 at the end
    # of the twenty-third
    "blind22": (0.68, 0.85, 0.89),
    # written fresh at the start of the twenty-second round (2026-12-05), kept outside the
    # repository until it ended and never described: 0.677 / 0.821 / 0.917 at 6c32b575, when
    # written; 0.675 / 0.823 / 0.916 at the end of that round; its errors counted in the census
    # of the twenty-third: 0.700 / 0.843 / 0.920 at its end
    "blind23": (0.67, 0.81, 0.89),
    # written fresh at the start of the twenty-third round (2026-12-05), kept outside the
    # repository until it ended and never described: 0.623 / 0.850 / 0.885 at e0847a97, when
    # written; 0.625 / 0.850 / 0.885 at the end of that round; its errors counted in the census
    # of the twenty-fourth: 0.663 / 0.871 / 0.891 at its end
    "blind24": (0.63, 0.84, 0.87),
    # written fresh at the start of the twenty-fourth round (2026-12-05), kept outside the
    # repository until every area of that round was merged and never described: 0.641 / 0.822 /
    # 0.903 at 9449fe05, when written; 0.643 / 0.823 / 0.903 at the end of that round; 0.648 /
    # 0.825 / 0.904 at the end of the twenty-fifth, still undescribed; 0.651 / 0.823 / 0.904 at
    # the end of the twenty-sixth and of the twenty-seventh, still undescribed; 0.656 / 0.824 /
    # 0.904 at the end of the twenty-eighth, still undescribed; 0.656 / 0.824 / 0.904 at the end of
    # the twenty-ninth, the last figure before rule writers read its even-position articles (the
    # TUNE half of the thirtieth round; its odd ones judged that round's readings)
    "blind25": (0.61, 0.79, 0.88),
    # written fresh at the start of the twenty-fifth round (2026-12-05), kept outside the
    # repository until every reading of that round was merged and never described: 0.613 /
    # 0.834 / 0.911 at 7956e566, when written; 0.624 / 0.838 / 0.913 at the end of that round;
    # 0.629 / 0.839 / 0.916 at the end of the twenty-sixth, still undescribed; 0.636 / 0.841 /
    # 0.917 at the end of the twenty-seventh, still undescribed; 0.641 / 0.846 / 0.917 at the end
    # of the twenty-eighth, still undescribed; 0.641 / 0.846 / 0.916 at the end of the
    # twenty-ninth, the last figure before rule writers read its even-position articles (the TUNE
    # half of the thirtieth round; its odd ones judged that round's readings)
    "blind26": (0.60, 0.81, 0.89),
    # written fresh at the start of the twenty-sixth round (2026-12-06), kept outside the
    # repository until every reading of that round was merged and never described: 0.622 /
    # 0.845 / 0.903 at 5286d26d, when written; the same at the end of that round; 0.644 / 0.863
    # / 0.905 at the end of the twenty-seventh and of the twenty-eighth, still undescribed; 0.653 /
    # 0.865 / 0.910 at the end of the thirtieth, the last figure before rule writers read its
    # even-position articles (the TUNE half of the thirty-first round; its odd ones judged that
    # round's readings)
    "blind27": (0.60, 0.82, 0.88),
    # written fresh at the start of the twenty-seventh round (2026-12-06), kept outside the
    # repository until every reading of that round was merged and never described: 0.617 /
    # 0.837 / 0.935 at 7c8761bb, when written; 0.619 / 0.837 / 0.935 at the end of that round;
    # 0.618 / 0.834 / 0.935 at the end of the twenty-eighth, still undescribed; 0.624 / 0.845 /
    # 0.935 at the end of the twenty-ninth, the thirtieth and the thirty-first, still undescribed,
    # the last figure before rule writers read its even-position articles (the TUNE half of the
    # thirty-second round; its odd ones judged that round's readings)
    "blind28": (0.59, 0.81, 0.91),
    # written fresh at the start of the twenty-eighth round (2026-12-06), kept outside the
    # repository until every reading of that round was merged and never described: 0.600 /
    # 0.760 / 0.901 at d5858c8e, when written; 0.610 / 0.770 / 0.901 at the end of that round;
    # 0.610 / 0.770 / 0.902 at the end of the twenty-ninth and of the thirtieth, still
    # undescribed; 0.614 / 0.769 / 0.903 at the end of the thirty-first, still undescribed;
    # 0.620 / 0.771 / 0.903 at the end of the thirty-second, still undescribed, the last figure
    # before rule writers read its even-position articles (the TUNE half of the thirty-third
    # round; its odd ones judged that round's readings); 0.622 / 0.772 / 0.903 at the end of the
    # thirty-third, with its even-position articles read
    "blind29": (0.58, 0.74, 0.87),
    # written fresh at the start of the twenty-ninth round (2026-12-06), kept outside the
    # repository until every reading and mend of that round was merged and never described:
    # 0.590 / 0.751 / 0.913 at 875a1860, when written; 0.592 / 0.752 / 0.913 at the end of
    # that round; 0.594 / 0.753 / 0.913 at the end of the thirtieth, still undescribed; 0.595 /
    # 0.753 / 0.913 at the end of the thirty-first, still undescribed; 0.597 / 0.754 / 0.913 at
    # the end of the thirty-second and of the thirty-third, still undescribed, the last figure
    # before rule writers read its even-position articles (the TUNE half of the thirty-fourth
    # round; its odd ones judge that round's readings); 0.598 / 0.755 / 0.913 at the end of the
    # thirty-fourth, with its even-position articles read
    "blind30": (0.56, 0.72, 0.88),
    # written fresh at the start of the thirtieth round (2026-12-06), kept outside the
    # repository until every reading and mend of that round was merged and never described:
    # 0.637 / 0.852 / 0.891 at f4026bde, when written; 0.635 / 0.848 / 0.891 at the end of
    # that round and of the thirty-first, still undescribed; 0.643 / 0.850 / 0.891 at the end of
    # the thirty-second, of the thirty-third and of the thirty-fourth, still undescribed, the last
    # figure before rule writers read its even-position articles (the TUNE half of the
    # thirty-fifth round; its odd ones judge that round's readings); 0.653 / 0.853 / 0.892 at
    # the end of the thirty-fifth, with its even-position articles read
    "blind31": (0.60, 0.82, 0.86),
    # written fresh at the start of the thirty-first round (2026-12-06), kept outside the
    # repository until every reading and mend of that round was merged and never described:
    # 0.688 / 0.864 / 0.949 at 6cfd9e93, when written; 0.690 / 0.864 / 0.949 at the end of
    # that round; 0.699 / 0.870 / 0.949 at the end of the thirty-second, of the thirty-third,
    # of the thirty-fourth and of the thirty-fifth, still undescribed, the last figure before rule
    # writers read its even-position articles (the TUNE half of the thirty-sixth round; its odd
    # ones judge that round's readings); 0.701 / 0.870 / 0.949 at the end of the thirty-sixth,
    # with its even-position articles read
    "blind32": (0.65, 0.83, 0.92),
    # written fresh at the start of the thirty-second round (2026-12-06), kept outside the
    # repository until every reading and mend of that round was merged and never described:
    # 0.664 / 0.863 / 0.935 at 218e867a, when written; 0.681 / 0.881 / 0.935 at the end of
    # that round; 0.686 / 0.885 / 0.935 at the end of the thirty-third and of the thirty-fourth,
    # 0.687 / 0.882 / 0.935 at the end of the thirty-fifth, 0.690 / 0.883 / 0.935 at the end of
    # the thirty-sixth, still undescribed, the last figure before rule writers read its
    # even-position articles (the TUNE half of the thirty-seventh round; its odd ones judge that
    # round's readings); 0.699 / 0.885 / 0.936 at the end of the thirty-seventh, with its
    # even-position articles read
    "blind33": (0.64, 0.84, 0.90),
    # written fresh at the start of the thirty-third round (2026-12-06), kept outside the
    # repository until every reading and mend of that round was merged and never described:
    # 0.698 / 0.841 / 0.934 at 2731d623, when written; 0.697 / 0.838 / 0.934 at the end of
    # that round; 0.697 / 0.838 / 0.934 at the end of the thirty-fourth, 0.700 / 0.841 / 0.934
    # at the end of the thirty-fifth and of the thirty-sixth, 0.701 / 0.842 / 0.935 at the end of
    # the thirty-seventh, still undescribed, the last figure before rule writers read its
    # even-position articles (the TUNE half of the thirty-eighth round; its odd ones judge that
    # round's readings); 0.715 / 0.850 / 0.947 at the end of the thirty-eighth and of the
    # thirty-ninth, with its even-position articles read
    "blind34": (0.66, 0.80, 0.90),
    # written fresh at the start of the thirty-fourth round (2026-12-06), kept outside the
    # repository until every reading and mend of that round was merged and never described:
    # 0.657 / 0.827 / 0.901 at 48976502, when written; 0.657 / 0.827 / 0.901 at the end of
    # that round; 0.656 / 0.826 / 0.901 at the end of the thirty-fifth, 0.656 / 0.829 / 0.900 at
    # the end of the thirty-sixth, 0.660 / 0.830 / 0.900 at the end of the thirty-seventh, 0.672
    # / 0.833 / 0.917 at the end of the thirty-eighth, still undescribed, the last figure before
    # rule writers read its even-position articles (the TUNE half of the thirty-ninth round; its
    # odd ones judge that round's readings); 0.676 / 0.835 / 0.917 at the end of the thirty-ninth,
    # with its even-position articles read
    "blind35": (0.62, 0.79, 0.87),
    # written fresh at the start of the thirty-fifth round (2026-12-07), kept outside the
    # repository until every reading and mend of that round was merged and never described:
    # 0.645 / 0.831 / 0.914 at 918e4dde, when written; 0.645 / 0.831 / 0.914 at the end of
    # that round and of the thirty-sixth, 0.653 / 0.833 / 0.915 at the end of the
    # thirty-seventh, 0.654 / 0.831 / 0.925 at the end of the thirty-eighth and of the
    # thirty-ninth, still undescribed, the last figure before rule writers read its
    # even-position articles (the TUNE half of the fortieth round; its odd ones judge that
    # round's readings); 0.661 / 0.833 / 0.925 at the end of the fortieth, with its
    # even-position articles read
    "blind36": (0.61, 0.79, 0.88),
    # written fresh at the start of the thirty-sixth round (2026-12-07), kept outside the
    # repository until every reading and mend of that round was merged and never described:
    # 0.701 / 0.875 / 0.927 at 8d6e9bc2, when written; 0.701 / 0.875 / 0.927 at the end of
    # that round; 0.713 / 0.878 / 0.928 at the end of the thirty-seventh, 0.718 / 0.884 / 0.936
    # at the end of the thirty-eighth, 0.721 / 0.887 / 0.936 at the end of the thirty-ninth, 0.724
    # / 0.888 / 0.936 at the end of the fortieth, still undescribed, the last figure before rule
    # writers read its even-position articles (the TUNE half of the forty-first round; its odd
    # ones judge that round's readings); 0.733 / 0.895 / 0.936 at the end of the forty-first,
    # with its even-position articles read
    "blind37": (0.66, 0.83, 0.89),
    # written fresh at the start of the thirty-seventh round (2026-12-07), kept outside the
    # repository until every reading and mend of that round was merged and never described: 0.724 /
    # 0.866 / 0.899 at 0e368464, when written; 0.726 / 0.866 / 0.901 at the end of that round; 0.733
    # / 0.876 / 0.900 at the end of the thirty-eighth, 0.736 / 0.882 / 0.900 at the end of the
    # thirty-ninth, 0.735 / 0.879 / 0.900 at the end of the fortieth, 0.736 / 0.882 / 0.900 at the
    # end of the forty-first, still undescribed, the last figure before rule writers read its
    # even-position articles (the TUNE half of the forty-second round; its odd ones judge that
    # round's readings); 0.742 / 0.886 / 0.900 at the end of the forty-second, with its
    # even-position articles read (its gold lists every named place, related or not: 0.944 entity
    # F1 at the start of the thirty-eighth with the places in no relation left out, as every other
    # set's gold does)
    "blind38": (0.69, 0.82, 0.87),
    # written fresh at the start of the thirty-eighth round (2026-12-07), kept outside the
    # repository until every reading and mend of that round was merged and never described:
    # 0.684 / 0.865 / 0.912 at a9ec7661, when written (0.808 entity F1 with every named place
    # listed, as its annotators wrote it); 0.697 / 0.869 / 0.916 at the end of that round; 0.698 /
    # 0.869 / 0.916 at the end of the thirty-ninth, 0.702 / 0.868 / 0.916 at the end of the
    # fortieth, 0.704 / 0.868 / 0.918 at the end of the forty-first and of the forty-second, still
    # undescribed
    "blind39": (0.66, 0.83, 0.88),
    # written fresh at the start of the thirty-ninth round (2026-12-07), kept outside the
    # repository until every reading and mend of that round was merged and never described:
    # 0.708 / 0.861 / 0.940 at af7ceb76, when written; 0.711 / 0.864 / 0.940 at the end of that
    # round, 0.712 / 0.865 / 0.938 at the end of the fortieth and of the forty-first, 0.714 /
    # 0.865 / 0.938 at the end of the forty-second, still undescribed
    "blind40": (0.67, 0.82, 0.90),
    # written fresh at the start of the fortieth round (2026-12-07), kept outside the repository
    # until every reading and mend of that round was merged and never described: 0.737 / 0.893 /
    # 0.934 at 65b263c9, when written; unchanged at the end of that round; 0.737 / 0.891 / 0.934
    # at the end of the forty-first, 0.744 / 0.892 / 0.935 at the end of the forty-second, still
    # undescribed
    "blind41": (0.70, 0.85, 0.89),
    # written fresh at the start of the forty-first round (2026-12-07), kept outside the
    # repository until every reading and mend of that round was merged and never described:
    # 0.729 / 0.879 / 0.925 at 4186dad7, when written; 0.731 / 0.879 / 0.926 at the end of that
    # round, 0.738 / 0.878 / 0.926 at the end of the forty-second, still undescribed
    "blind42": (0.69, 0.84, 0.89),
    # written fresh at the start of the forty-second round (2026-12-07), kept outside the
    # repository until every reading and mend of that round was merged and never described:
    # 0.752 / 0.908 / 0.931 at 3f7bbfce, when written; 0.755 / 0.909 / 0.932 at the end of that
    # round
    "blind43": (0.71, 0.86, 0.89),
}


def manifest(name: str) -> dict[str, dict]:
    return json.loads((FIXTURES / name / "manifest.json").read_text("utf-8"))


def load(gold_path: Path) -> tuple[dict, str]:
    gold = json.loads(gold_path.read_text("utf-8"))
    return gold, (gold_path.parent / gold["article"]).read_text("utf-8")


@pytest.mark.parametrize("name", SETS)
def test_the_set_is_complete_and_mostly_outside_tech(name):
    folder, entries = FIXTURES / name, manifest(name)
    texts = sorted(p.name for p in folder.glob("*.txt"))
    assert len(texts) >= MIN_ARTICLES[name]
    assert all(re.fullmatch(r"\d\d_[a-z0-9_]+\.txt", t) for t in texts)
    golds = sorted(p.name.replace(".gold.json", ".txt") for p in folder.glob("*.gold.json"))
    assert golds == texts
    assert sorted(entries) == texts
    # "described": its failures reached rule writers as paraphrases (blind_eval.py reports apart)
    assert all({"sector", "register"} <= set(m) <= {"sector", "register", "described"}
               for m in entries.values())  # fmt: skip
    outside_tech = sum(m["sector"] != "tech" for m in entries.values())
    assert outside_tech * 2 >= len(texts)
    assert len({m["register"] for m in entries.values()}) >= 5


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_article_and_entities(gold_path):
    gold, text = load(gold_path)
    lines = text.split("\n")
    assert lines[0].strip() and not lines[1].strip(), "headline, blank line, then paragraphs"
    assert 250 <= len(text.split()) <= 600, "article length"
    assert set(gold) == {"article", "entities", "relations"}
    seen: dict[str, str] = {}
    for ent in gold["entities"]:
        assert set(ent) == {"name", "type", "aliases"} and ent["type"] in ENTITY_TYPES
        assert any(n in text for n in [ent["name"], *ent["aliases"]]), "entity absent from text"
        assert all(a in text for a in ent["aliases"]), "an alias does not occur in the text"
        for surface in [ent["name"], *ent["aliases"]]:
            assert seen.setdefault(norm(surface), ent["name"]) == ent["name"], "ambiguous alias"


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_relations_fit_the_schema_with_verbatim_evidence(gold_path):
    gold, text = load(gold_path)
    types = {e["name"]: e["type"] for e in gold["entities"]}
    keys = set()
    assert len(gold["relations"]) >= 6
    for rel in gold["relations"]:
        kind, src, tgt = rel["type"], rel["source"], rel["target"]
        assert set(rel) == {"source", "type", "target", "evidence"}
        assert kind in SCHEMA.relation_types
        assert src in types and tgt in types and src != tgt, "endpoint is not a gold entity"
        ok = SCHEMA.allows(kind, types[src], types[tgt])
        assert ok, f"{types[src]} -{kind}-> {types[tgt]} is outside the schema"
        evidence = rel["evidence"]
        assert evidence != text.split("\n")[0], "headlines are not evidence"
        assert evidence in text and is_whole_sentence(evidence, text), "evidence not verbatim"
        symmetric = SCHEMA.is_symmetric(kind)
        key = (kind, *sorted((src, tgt))) if symmetric else (kind, src, tgt)
        assert key not in keys, "duplicate relation"
        keys.add(key)


@pytest.mark.skipif(not SCORE.exists(), reason="shared/eval/score.py not present")
@pytest.mark.parametrize("name", SETS)
def test_blind_score_does_not_regress(name):
    score = load_score()
    rel_f1, ent_f1, tp, predicted = [], [], 0, 0
    relation_f1_floor, relation_p_floor, entity_f1_floor = FLOORS[name]
    for gold_path in sorted((FIXTURES / name).glob("*.gold.json")):
        gold, _ = load(gold_path)
        article = gold_path.parent / gold["article"]
        result = score.score(to_contract_json(extract_file(str(article))), gold)
        rel_f1.append(result["relations"]["f1"])
        ent_f1.append(result["entities"]["f1"])
        tp += result["relations"]["tp"]
        predicted += result["relations"]["predicted"]
    mean_rel, mean_ent = sum(rel_f1) / len(rel_f1), sum(ent_f1) / len(ent_f1)
    # aggregates only in the messages: the blind gold must not leak into a test log
    assert mean_rel >= relation_f1_floor, f"{name} mean relation F1 {mean_rel:.3f}"
    assert tp / predicted >= relation_p_floor, f"{name} relation precision {tp / predicted:.3f}"
    assert mean_ent >= entity_f1_floor, f"{name} mean entity F1 {mean_ent:.3f}"


def blind_eval():
    spec = importlib.util.spec_from_file_location(
        "blind_eval", ROOT / "benchmarks" / "blind_eval.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not SCORE.exists(), reason="shared/eval/score.py not present")
@pytest.mark.parametrize("name", SETS)
def test_the_report_holds_aggregates_and_no_name_from_the_set(name, capsys):
    args = ["--set", str(FIXTURES / name), "--score", str(SCORE), "--errors"]
    assert blind_eval().main(args) == 0
    out = capsys.readouterr().out
    assert "rel mean P=" in out and "by relation type" in out and "rules that fired" in out
    assert "spurious relations (" in out and "missed entities (" in out
    described = sum(bool(m.get("described")) for m in manifest(name).values())
    # the split is printed when some articles were described and some never were
    split = 0 < described < len(manifest(name))
    assert (f"described          n={described} " in out) == split
    names = {
        n for p in GOLD_FILES for e in load(p)[0]["entities"] for n in [e["name"], *e["aliases"]]
    }
    # the report prints the set's own sectors: a word of theirs that is also some set's name
    # ("Andean grains", "Andean Optics") is no leak
    sectors = " ".join(str(v.get("sector", "")) for v in manifest(name).values())
    leaked = [n for n in names if len(n) >= 4 and n in out and n not in sectors]
    assert not leaked, f"{len(leaked)} names from the blind set in the report"


def test_kinds_of_error_are_sorted_from_names_alone():
    errors = blind_eval().Errors()
    names = blind_eval().Names(
        gold={"Alder Bank": "Organization", "Rhone Freight": "Organization", "Lyon": "Location"},
        predicted={"Alder Bank": "Organization", "Rhone Freight": "Person",
                   "?rhone": "Organization", "?monday": "Organization"},
        gold_words={"Alder Bank": {"alder", "bank"}, "Rhone Freight": {"rhone", "freight"},
                    "Lyon": {"lyon"}},
    )  # fmt: skip
    gold = {("Alder Bank", "OWNS", "Rhone Freight"), ("Rhone Freight", "LOCATED_IN", "Lyon"),
            ("Alder Bank", "FUNDS", "Rhone Freight")}  # fmt: skip
    predicted = [(("Rhone Freight", "OWNS", "Alder Bank"), "verbal/svo"),
                 (("Alder Bank", "FUNDS", "Rhone Freight"), "stake/percent"),
                 (("?rhone", "LOCATED_IN", "Alder Bank"), "appositive/np-place")]  # fmt: skip
    errors.add(names, gold, predicted)
    assert errors.spurious_relations == {"reversed": 1, "unknown-endpoint": 1}
    assert errors.missed_relations == {"reversed": 1, "entity-missing": 1}
    assert errors.spurious_entities == {"boundary, one word": 1, "non-entity, one word": 1}
    assert errors.missed_entities == {"absent, gold Location": 1}
    assert errors.mistyped_entities == {"Organization -> Person": 1}


def test_failures_are_never_written_inside_the_repository(tmp_path, capsys):
    target = ROOT / "blind-failures.txt"
    assert blind_eval().main(["--failures", str(target), "--score", str(SCORE)]) == 2
    assert not target.exists()
    assert capsys.readouterr().err.startswith("error: --failures must be written outside")
