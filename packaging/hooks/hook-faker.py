# Faker for the demo's data generator, with only the locales central_api/seed.py draws names from (and
# the defaults they fall back to), instead of all 87: 8 MiB less in the frozen app (237 -> 229 MiB). Replaces
# pyinstaller-hooks-contrib's hook-faker.py (a spec's hookspath comes first), which collects every locale.
# Faker finds a provider's locales by listing its folder, so the kept ones are also collected as files.
import re

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

import central_api.seed

KEEP = {locale for locale, *_ in central_api.seed.LOCALES}
# and what Faker falls back to: its default (en_US), and a provider's own (`default_locale`: bank en_GB, lorem la)
KEEP |= {locale.split("_")[0] for locale in KEEP} | {"en_US", "en", "en_GB", "la"}
_LOCALE = re.compile(r"[a-z]{2,3}(_[A-Z]{2}|_[A-Z][a-z]{3}(_[A-Z]{2})?)?")


def _wanted(parts):
    # faker.providers.<provider>.<locale>...: a part past the provider that looks like a locale must be kept.
    return all(not _LOCALE.fullmatch(part) or part in KEEP for part in parts[3:])


hiddenimports = [name for name in collect_submodules("faker.providers") if _wanted(name.split("."))]
datas = [(source, dest) for source, dest in collect_data_files("faker.providers", include_py_files=True)
         if _wanted(dest.replace("\\", "/").split("/"))]
datas += collect_data_files("text_unidecode")
