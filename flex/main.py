"""Entry point of the newsbeam Flex Template (FLEX_TEMPLATE_PYTHON_PY_FILE in the Dockerfile)."""

import sys

from pipelines.cli import main
from pipelines.flex import launcher_argv

if __name__ == "__main__":
    sys.exit(main(launcher_argv(sys.argv[1:])))
