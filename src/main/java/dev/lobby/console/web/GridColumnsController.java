package dev.lobby.console.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.lobby.web.PageCaller;

/**
 * Show/hide columns of Settings › Users: the person's choice is kept as their own setting
 * (server side, so it follows them to any browser and survives signing out), and the grid
 * comes back with it. Whoever may see the grid may choose its columns.
 */
@Controller
class GridColumnsController {

	private final UsersGridView view;

	GridColumnsController(UsersGridView view) {
		this.view = view;
	}

	/**
	 * @param show the columns to show; every other hideable one is hidden
	 * @param state the grid's state (its query string), which stays as it was
	 */
	@PostMapping(UserGrid.PATH + "/columns")
	String choose(PageCaller caller, @RequestParam(required = false) @Nullable List<String> show,
			@RequestParam(required = false) @Nullable String state, HttpServletRequest request, Model model,
			Locale locale) {
		caller.actor().requireAccountManagement();
		UserGrid grid = UserGrid.ofQuery(state);
		view.saveColumns(caller, GridColumns.showing(show == null ? List.of() : show));
		if (UsersPageController.swapsTheGrid(request)) {
			view.fill(model, caller, grid, locale);
			return UsersPageController.GRID;
		}
		return "redirect:" + grid.url();
	}

}
