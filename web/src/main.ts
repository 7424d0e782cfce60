// Starts the app: the styles, then the plans page in its section of index.html.
import './styles.css';
import { showPlans } from './pages/plans';

const plans = document.getElementById('plans');
if (plans) void showPlans(plans, 'plans-heading');
